import collections, contextlib, abc, weakref, io, struct, enum, typing, json, decimal, fractions, random, string, textwrap, copy, functools, itertools, gc
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), dict(cm))
class UD(collections.UserDict):
    def __missing__(self, k): return k * 2
print(UD(x=1)["yy"], UD(x=1))
dd = collections.defaultdict(list); dd["k"].append(1); print(dd)
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")])
@contextlib.contextmanager
def ctx(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)
with ctx("a") as v, ctx("b") as w:
    print(v, w)
with contextlib.ExitStack() as st:
    st.callback(print, "callback ran")
    print(st.enter_context(ctx("c")))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    def run(self): return "ran"
print(Impl().run(), isinstance(Impl(), Base))
class Obj: pass
o = Obj(); wvd = weakref.WeakValueDictionary(); wvd["o"] = o; print(len(wvd)); del o; gc.collect(); print(len(wvd))
r = weakref.ref(Impl()); print(r())
b = io.BytesIO(b"hello world"); print(b.read(5), b.tell(), b.getvalue())
S = struct.Struct("<2h"); print(S.size, S.pack(1, -2), S.unpack(b"\x01\x00\xfe\xff"))
@enum.unique
class Shape(enum.Enum):
    SQUARE = enum.auto()
    CIRCLE = enum.auto()
print(list(Shape), Shape.CIRCLE.value, repr(Shape.SQUARE))
class F(enum.Flag):
    A = enum.auto(); B = enum.auto(); C = enum.auto()
print(F.A | F.C, (F.A | F.B) & F.B, list(F.A | F.C))
class Emp(typing.NamedTuple):
    name: str
    id: int = 3
print(Emp("x"), Emp._fields, Emp("y", 5).id)
class TD(typing.TypedDict):
    a: int
print(TD(a=1), typing.get_type_hints(TD))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
decimal.getcontext().prec = 6
print(decimal.Decimal(1) / decimal.Decimal(3), decimal.Decimal("3.14159").quantize(decimal.Decimal("0.01")))
print(fractions.Fraction(3.14159).limit_denominator(100))
random.seed(7); print(random.choices("abc", weights=[1, 2, 3], k=5), random.uniform(1, 2))
print(string.Formatter().format("{0}-{x}", 1, x=2), "{:>8.3f}".format(3.14159))
print(textwrap.shorten("Hello world, this is a long line", width=20), textwrap.indent("a\nb", "> "))
class P:
    def __init__(self): self.items = [1, [2]]
p = P(); q = copy.copy(p); r2 = copy.deepcopy(p); p.items[1].append(3); print(q.items, r2.items)
part = functools.partial(int, base=2); print(part("101"), part)
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 1))
