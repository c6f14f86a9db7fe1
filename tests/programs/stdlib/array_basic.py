# array.array: construction, conversion errors, sequence methods, slicing, operators.
import array
from array import array as A


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))

# construction
t(lambda: A("i", [1, 2, 3]))
t(lambda: A("b", b"\x01\xff"))
t(lambda: A("h", b"\x01\x00\x02\x00"))
t(lambda: A("h", b"\x01\x00\x02"))
t(lambda: A("u", "h\u00e9llo"))
t(lambda: A("i", "abc"))
t(lambda: A("u", ["a", "bc"]))
t(lambda: A("i", range(5)))
t(lambda: A("d", (x / 2 for x in range(4))))
t(lambda: A("f", [0.1, 1e40]))
t(lambda: A("i", A("b", [1, -2])))
t(lambda: A("d", A("i", [1, 2])))
t(lambda: A("i", A("u", "ab")))
t(lambda: A("x"))
t(lambda: A("ii"))
t(lambda: A(1))
t(lambda: A())
t(lambda: A("i", [1], 2))
t(lambda: A("i", x=1))
t(lambda: A("i", 5))

# overflow and type errors per typecode
for tc in "bBhHiIlLqQfd":
    for v in (-1, -129, 128, 256, 70000, 2**31, 2**32, 2**63, -2**63 - 1, 2**64, "a", 1.5, None):
        try:
            a = A(tc, [v])
            print(tc, v, a[0])
        except Exception as e:
            print(tc, v, type(e).__name__, e)

# methods
a = A("i", [1, 2, 3, 2])
a.append(5)
print(a, a.count(2), a.index(2), a.index(2, 2), a.index(3, -3))
t(lambda: a.index(9))
t(lambda: a.index(2, 4))
a.insert(0, 9)
a.insert(-1, 8)
a.insert(100, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
t(lambda: A("i").pop())
t(lambda: a.pop(10))
a.remove(2)
print(a)
t(lambda: a.remove(42))
a.reverse()
print(a, a.tolist())
a.extend([10, 11])
a.extend(A("i", [12]))
a.extend(x for x in (13,))
print(a)
t(lambda: a.extend(A("b", [1])))
t(lambda: a.extend(5))
t(lambda: a.append("x"))
a.fromlist([20, 21])
print(a)
t(lambda: a.fromlist((1,)))
t(lambda: a.fromlist([1, "x"]))
print(a)
b = A("h", [1, 256, -2])
raw = b.tobytes()
print(len(raw), A("h", raw) == b)
b.byteswap()
print(b)
b.byteswap()
print(b)
c = A("h")
c.frombytes(raw)
print(c)
t(lambda: c.frombytes(b"123"))
t(lambda: c.frombytes("ab"))
u = A("u", "ab")
u.fromunicode("cd")
print(u, u.tounicode(), u.tolist())
t(lambda: a.fromunicode("x"))
t(lambda: a.tounicode())
info = a.buffer_info()
print(type(info), len(info), info[1] == len(a))

# indexing and slicing
s = A("i", range(10))
print(s[0], s[-1], s[2:5], s[::3], s[::-2], s[5:2], s[-3:])
t(lambda: s[10])
t(lambda: s[-11])
t(lambda: s["x"])
s[0] = 100
s[-1] = -100
print(s)
t(lambda: s.__setitem__(20, 1))
t(lambda: s.__setitem__(0, "x"))
s[1:3] = A("i", [7, 7, 7, 7])
print(s)
s[::2] = A("i", [0] * len(s[::2]))
print(s)
t(lambda: s.__setitem__(slice(0, 2), [1]))
t(lambda: s.__setitem__(slice(0, 2), A("b", [1])))
t(lambda: s.__setitem__(slice(0, 6, 2), A("i", [1])))
del s[0]
del s[::3]
del s[1:3]
print(s)
t(lambda: s.__delitem__(50))

# operators
x = A("i", [1, 2])
y = A("i", [3])
print(x + y, x * 2, 2 * x, x * 0, x * -1)
t(lambda: x + A("b", [1]))
t(lambda: x + [1])
t(lambda: x * "a")
z = A("i", [1])
z += A("i", [2])
z *= 3
print(z)
t(lambda: z.__iadd__([1]))
print(2 in x, 5 in x, "a" in x, list(x), [v * 10 for v in x])
print(x == A("i", [1, 2]), x == A("d", [1.0, 2.0]), x != y, x < y, x <= x, y > x, x >= y)
print(A("i", [1, 2]) < A("i", [1, 2, 3]), A("b") == A("b"), x == [1, 2])
t(lambda: x < [1])
t(lambda: hash(x))
print(A("f", [0.5]) == A("d", [0.5]), A("f", [0.1])[0])
print(len(x), bool(A("i")), bool(x))
it = iter(A("b", [4, 5]))
print(next(it), next(it), next(it, "end"))


class Sub(A):
    pass


sa = Sub("i", [1, 2])
print(repr(sa), type(sa[:1]).__name__, type(sa + sa).__name__, isinstance(sa, A))

import copy
cp = copy.copy(x)
cp.append(9)
print(x, cp, copy.deepcopy(A("d", [1.5])))
print(type(copy.copy(sa)).__name__, type(sa * 2).__name__)
import io
f = io.BytesIO()
A("h", [1, 2, 3]).tofile(f)
f.seek(0)
r = A("h")
r.fromfile(f, 2)
print(r)
t(lambda: r.fromfile(f, 5))
print(r)
