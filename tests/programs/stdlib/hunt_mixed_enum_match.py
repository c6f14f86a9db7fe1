import weakref, contextlib, os, tempfile, enum, sys, io
class R:
    def __repr__(self): return 'R'
r = R()
weakref.finalize(r, print, 'at exit finalizer')
class Status(enum.Enum):
    OK = 200
    NOT_FOUND = 404
def handle(code):
    match Status(code):
        case Status.OK: return 'ok'
        case Status.NOT_FOUND as s: return f'nf {s.value}'
print(handle(200), handle(404))
match {'status': Status.OK}:
    case {'status': Status.OK}: print('dict match')
class Pt:
    __match_args__ = ('x',)
    def __init__(self, x): self.x = x
match Pt(Status.OK):
    case Pt(Status.OK): print('cls match')
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print(os.getcwd() == os.path.realpath(d))
    print(os.getcwd() != d)
f = io.StringIO()
with contextlib.redirect_stdout(f):
    help_text = 'x'
    print('captured')
sys.stdout.write(f.getvalue().upper())
class Tracked:
    def __enter__(self): print('enter'); return self
    def __exit__(self, et, ev, tb): print('exit', et.__name__ if et else None, ev); return isinstance(ev, KeyError)
with Tracked():
    raise KeyError('swallowed')
try:
    with Tracked(), Tracked():
        raise ValueError('v')
except ValueError as e: print('propagated', e)
@contextlib.contextmanager
def gen_cm():
    try: yield
    except Exception as e: print('gen saw', repr(e)); raise
try:
    with gen_cm(): raise StopIteration('si')
except Exception as e: print(type(e).__name__, e)
try:
    with gen_cm(): 1/0
except ZeroDivisionError as e: print('zde', e.__traceback__ is not None)
es = contextlib.ExitStack()
es.callback(lambda: print('closed via close()'))
es.close()
print(f"{Status.OK!r:>30}|{Status.OK!s:<20}|")
print(format(Status.NOT_FOUND), "%s %r" % (Status.OK, Status.OK))
class Prio(enum.IntEnum):
    LOW = 1; HIGH = 3
print("%d %s %i" % (Prio.LOW, Prio.HIGH, Prio.HIGH), "{:>5}".format(Prio.LOW), f"{Prio.HIGH:x}", str(Prio.LOW), Prio.HIGH.__format__(''))
print(weakref.WeakValueDictionary.__name__, sorted(dir(weakref))[:3])
sys.exit(3)
