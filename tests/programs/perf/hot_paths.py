# The fast paths of the hot core must behave exactly like the general ones.
import sys

# BINARY_OP on small ints at the i64 edges (overflow into big ints).
big = 9223372036854775807
print(big + 1, -big - 2, big * 2, -big - 1 - 1, (-big - 1) * -1)
for x in (-7, -1, 0, 1, 7, 9223372036854775807, -9223372036854775808):
    for y in (-3, -1, 1, 2, 64, 3):
        print(x, y, x // y, x % y, x & y, x | y, x ^ y, x - y, end=" | ")
    print()
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
for y in (0, 1, 63, 64, 100):
    print(y, -5 >> y, 5 >> y, (1 << 62) >> y)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 5
x += 3
x -= 10
x *= -4
x //= 3
x %= 5
x >>= 1
x |= 12
x &= 6
x ^= 3
print(x)

# Floats, including division by zero and mixed operands.
a, b = 1.5, 0.0
print(a + a, a - 3.0, a * a, a / 4.0, a + 1, 2 * a)
try:
    print(a / b)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
f = 0.1
f += 0.2
f *= 3.0
f -= 1.0
f /= 2.0
print(f)

# COMPARE_OP fused with the next conditional jump, every operator, both outcomes.
def cmp_all(p, q):
    out = []
    if p < q:
        out.append("lt")
    if p <= q:
        out.append("le")
    if p == q:
        out.append("eq")
    if p != q:
        out.append("ne")
    if p > q:
        out.append("gt")
    if p >= q:
        out.append("ge")
    if not p < q:
        out.append("!lt")
    r = p < q
    out.append(r)
    out.append(p < q < 10)
    return out


for p, q in ((1, 2), (2, 2), (3, 2), (-1, 1.0), (2.5, 2), (True, 1)):
    print(p, q, cmp_all(p, q))
n = 0
while n < 5:
    n += 1
print(n)
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)

# FOR_ITER over ranges, lists and tuples, including mutation while iterating.
print([i for i in range(10, 0, -3)], [i for i in range(0)], [i for i in range(5, 1)])
print(sum([i for i in range(-9223372036854775807, -9223372036854775800, 2)]))
xs = [1, 2, 3]
for v in xs:
    if v < 6:
        xs.append(v + 3)
print(xs)
ys = [1, 2, 3, 4]
for v in ys:
    ys.remove(v)
print(ys)
for v in (1, "a", None):
    print(v, end=" ")
print()
it = iter(range(3))
for v in it:
    print(v, end=" ")
for v in it:
    print("again", v)
print(list(it))
li = iter([7, 8])
print(next(li), [v for v in li], [v for v in li])

# LOAD_GLOBAL's cache: rebinding, shadowing a builtin, deleting, and a NameError.
g = 1


def read_g():
    return g


print(read_g())
g = 2
print(read_g())
for k in range(30):
    g = k
print(read_g())


def use_len():
    return len([1, 2, 3])


print(use_len())
len = lambda s: 42
print(use_len())
del len
print(use_len())
del g
try:
    read_g()
except NameError as e:
    print(type(e).__name__, e)
g = "back"
print(read_g())


def missing():
    return undefined_name


for _ in range(2):
    try:
        missing()
    except NameError as e:
        print(type(e).__name__, e)

# Calls: defaults filled on the fast path, too many/few arguments, recursion.
def dflt(a, b=10, c=20):
    return a + b + c


print(dflt(1), dflt(1, 2), dflt(1, 2, 3))
try:
    dflt()
except TypeError as e:
    print(type(e).__name__, e)
try:
    dflt(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)


def depth(k):
    return 0 if k == 0 else 1 + depth(k - 1)


print(depth(500))


def inf(k):
    return inf(k + 1)


try:
    inf(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(100), sys.getrecursionlimit())
