"""Module docstring."""
import os
import os.path as osp
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .. import parent
from .pkg.mod import thing as other

x = 1
y: int = 2
z = x + y * 3 - 4 / 5 // 6 % 7 ** 8
w = (x << 2) >> 1 & 3 | 4 ^ 5
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2; x <<= 1; x >>= 1; x &= 7; x |= 8; x ^= 1; x @= x
v = -x, +x, ~x, not x
s = x < y <= z == w != v > 1 >= 2
t = x is None, x is not None, x in v, x not in v
consts = (1.5, -0.0, 1e100, 1e-7, float("inf"), 3j, 1+2j, -1j, b"\x00\xffbytes'\"", "str\n\t\u1234\U0001f600'", 'q"', 10**30, -5, None, True, False, ..., (1, (2, 3)), frozenset({1}))
big = 123456789012345678901234567890
a, b, *c = range(10)
(d, e), f = (1, 2), 3
del a, b
g = [1, 2, *c], {3, *c}, {"k": 1, **{}}, {1: 2, 3: 4}
h = g[0][1:2], g[0][::2], g[0][1:], g[0][:-1]
g[0][1:2] = [5]
del g[0][0]
i = lambda p, q=1, *r, s, t=2, **u: (p, q, r, s, t, u)
j = print(1, 2, sep="", end="\n", *c, **{})
k = x if y else z
l = x and y or z
if (m := 10) > 5:
    pass
assert x, "message"
global_name = __name__
print(f"{x}", f"{x!r}", f"{x!s:>10}", f"{x!a}", f"{x:{y}.{z}}", f"a{x}b{y}c", f"{x=}")
with open("f") as fh, open("g") as gh:
    data = fh.read()
for n in range(3):
    if n == 1:
        continue
    if n == 2:
        break
else:
    pass
while x:
    x -= 1
else:
    x = 0
sets = (x in {1, 2, 3}, x in {-1, -2, 10, 20, 30, 40, 50, 60, 70}, x in {(1, 2), 3, 4}, x in {1.5, 2j, -0.0, 1e300, 3})
more = x in {0, 1, 2, -30, 99, 5, -21, -20, -19, 19, 20, 21, -2, 30, -5, -99, -1, 1 << 62, -(1 << 70)}
