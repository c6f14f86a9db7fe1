# exec() of statement forms, compiled by krait's own compiler.

def run(src, g=None):
    g = {} if g is None else g
    try:
        exec(src, g)
    except Exception as e:
        print('!!', type(e).__name__, e)
    return g

run("""
a = b = 3
c, d = 1, 2
(e, f), g = (4, 5), 6
h, *i = range(5)
*j, k = 'xyz'
l, *m, n = [1, 2, 3, 4]
[o, p] = 'op'
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p)
x = 10
x += 5; x -= 1; x *= 2; x //= 3; x %= 7; x **= 2; x <<= 2; x >>= 1; x |= 1; x &= 0xff; x ^= 3
print(x)
lst = [1, 2, 3]
lst[0] += 10
lst[1:2] = [7, 8]
print(lst)
class O: pass
o = O()
o.v = 1
o.v += 1
print(o.v)
del lst[0], o.v
print(lst, hasattr(o, 'v'))
y: int = 5
z: str
print(__annotations__)
""")

run("""
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([classify(v) for v in (-1, 0, 5, 50)])
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('while', i)
else:
    print('no else')
for k in range(3):
    pass
else:
    print('for-else', k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
n = 0
while n < 3:
    n += 1
else:
    print('while-else', n)
for q in range(5):
    for r in range(5):
        if r > q:
            break
    else:
        continue
    if q == 3:
        break
print(q, r)
""")

run("""
def gen(n):
    for i in range(n):
        yield i * i
    return 'done'
print(list(gen(4)))
def deleg():
    r = yield from gen(2)
    yield r
print(list(deleg()))
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter()
c(); c(5)
print(c())
def deco(f):
    def wrapper(*a, **k):
        return ('wrapped', f(*a, **k))
    return wrapper
@deco
def add(x: int, y: int = 1) -> int:
    "adds"
    return x + y
print(add(2), add.__name__)
def annotated(a: int, *b: str, c: float = 1.0, **d: bool) -> None: pass
print(annotated.__annotations__)
def doc():
    "the doc"
print(doc.__doc__, doc.__name__, doc.__qualname__)
def outer():
    def inner():
        def innermost():
            return x
        return innermost
    x = 'closure'
    return inner()()
print(outer())
g_var = 1
def set_global():
    global g_var
    g_var = 2
set_global()
print(g_var)
def kw_only(a, *, b, c=3):
    return a, b, c
print(kw_only(1, b=2))
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print(e)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
""")

run("""
def f(x):
    try:
        if x == 0:
            raise ValueError('zero')
        if x == 1:
            raise KeyError('one')
        r = 10 // x
    except ValueError as e:
        print('value', e)
        return 'v'
    except (KeyError, TypeError) as e:
        print('key/type', repr(e))
    except:
        print('other')
        raise
    else:
        print('else', r)
    finally:
        print('finally', x)
    return 'end'
for v in (0, 1, 'a', 5):
    try:
        print(f(v))
    except Exception as e:
        print('outer', type(e).__name__)
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(g())
def h():
    try:
        return 'try'
    finally:
        print('h finally')
print(h())
def k():
    try:
        raise RuntimeError('inner')
    except RuntimeError:
        try:
            raise ValueError('second')
        except ValueError as e:
            print('ctx', repr(e.__context__))
k()
try:
    raise TypeError('bad') from KeyError('cause')
except TypeError as e:
    print(repr(e), repr(e.__cause__))
try:
    try:
        1 / 0
    finally:
        print('cleanup')
except ZeroDivisionError:
    print('propagated')
def ret_in_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return 'from except'
print(ret_in_except())
e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
print('e' in dir())
assert 1 == 1
try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print('assert', e)
try:
    assert False
except AssertionError as e:
    print('bare assert', repr(e))
""")

run("""
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with CM('s', True):
    raise ValueError('suppressed')
try:
    with CM('n'):
        raise KeyError('kept')
except KeyError as e:
    print('got', e)
def in_loop():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                break
    with CM('r'):
        return 'returned'
print(in_loop())
""")

run("""
import sys
import sys as system
from sys import maxsize, version_info as VI
print(sys is system, maxsize == sys.maxsize, VI[0])
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)

class Base:
    kind = 'base'
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f'{self.kind}:{self.v}'
class Child(Base):
    kind = 'child'
    def describe(self):
        return 'C(' + super().describe() + ')'
    @property
    def double(self):
        return self.v * 2
    @staticmethod
    def st():
        return 'static'
    @classmethod
    def cm(cls):
        return cls.__name__
c = Child(4)
print(c.describe(), c.double, Child.st(), Child.cm(), Child.__qualname__, Child.__module__)
class WithDoc:
    "docstring"
    x: int = 3
print(WithDoc.__doc__, WithDoc.__annotations__)
def make_class():
    class Local:
        pass
    return Local
print(make_class().__qualname__)
""", {'__name__': 'mymod'})

g = run("x = 1\ndel x\ntry:\n    x\nexcept NameError as e:\n    print(e)\n")
print(sorted(k for k in g if k != '__builtins__'))
