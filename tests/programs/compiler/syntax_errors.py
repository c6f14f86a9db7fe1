# compile() errors: SyntaxError messages and attributes as CPython reports them.

def check(src, mode='exec'):
    try:
        compile(src, '<test>', mode)
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, '|', e.msg, '|', e.lineno, e.filename)

for src in ['1 +', 'x = (1, 2', 'def f(:\n  pass', 'a b', '1 = x', 'f() = 1', 'None = 1',
            'x + 1 = 2', 'del f()', 'for 1 in x: pass', 'return 1', 'break', 'continue',
            'def f():\n  yield = 1', "x = 'unterminated", 'x = """open',
            'if x:\npass', '  x = 1', 'def f(a, a): pass', 'def f(a=1, b): pass',
            'f(a=1, a=2)', 'f(a=1, 2)', 'f(**k, *a)', 'x = )', 'x = [1, 2)', 'nonlocal x',
            'def f():\n  global x\n  x: int = 1', 'def f(x):\n  global x',
            'lambda: (yield)', 'yield 1', 'class C:\n  return 1', 'x := 1',
            'f(x for x in y, 1)', 'a, *b, *c = d', '*a = b', 'try:\n  pass',
            "f'{}'", "f'{x!z}'", "f'{x'", "f'}'", "b'caf\u00e9'", "'a' b'b'",
            'def f():\n  nonlocal y', '0777', '1__0', '1_', '5 if 3', 'x = 1 +\n2',
            'if True:\n    x = 1\n   y = 2', 'print "hi"', 'x = $', '\\ x',
            'def f(*, **k): pass', 'def f(*): pass', 'import', 'from x import',
            'with a as 1: pass', '(a, b) += 1', '[x for x in y] = 1',
            'x = 1\n\n\ny = (', 'a.b: int = 1', '(a): int = 1', 'a, b: int']:
    check(src)

for src in ['1 +', 'x = 1', '', 'a if b', '   1 + 1', '1\n2']:
    check(src, 'eval')

try:
    compile('1', '<f>', 'bogus')
except ValueError as e:
    print('ValueError', e)
try:
    compile(42, '<f>', 'eval')
except TypeError as e:
    print('TypeError', e)
try:
    eval(42)
except TypeError as e:
    print('TypeError', e)
try:
    eval('1', [])
except TypeError as e:
    print('TypeError', e)
try:
    eval('1', {}, 3)
except TypeError as e:
    print('TypeError', e)
try:
    eval('a\0b')
except SyntaxError as e:
    print('SyntaxError', e)
try:
    eval()
except TypeError as e:
    print('TypeError', e)

e = SyntaxError('msg', ('file.py', 3, 4, 'text', 3, 5))
print(e, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
print(SyntaxError('only'), SyntaxError().msg, SyntaxError('m').lineno)
print(issubclass(IndentationError, SyntaxError))
try:
    exec('if 1:\nx = 2')
except IndentationError as e:
    print(type(e).__name__, e)
