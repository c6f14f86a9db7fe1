# Walrus, assert, pass, del, augmented assignment.
data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * x) > 10], y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((a := 10), a)


def f():
    if (m := 7) > 5:
        return m
    return 0


print(f())
assert True
assert 1 == 1, "fine"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], ["msg", 1]
except AssertionError as e:
    print(e.args)
pass


def empty():
    pass


print(empty())
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4]
del lst[0]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
p, q = 1, 2
del p, q
try:
    p
except NameError as e:
    print(e)
v = 10
v += 5
v -= 3
v *= 2
v //= 5
v **= 3
v %= 7
v <<= 4
v >>= 1
v |= 1
v &= 0xFF
v ^= 0b1010
print(v)
f2 = 7.5
f2 /= 2
print(f2)
s = "ab"
s += "cd"
s *= 2
print(s)
l2 = [1]
alias = l2
l2 += [2]
print(alias, alias is l2)
t2 = (1,)
talias = t2
t2 += (2,)
print(talias, t2)
arr = [1, 2, 3]
arr[1] += 10
arr[-1] *= 3
print(arr)
dd = {"k": 1}
dd["k"] += 1
print(dd)
nested = [[1, 2], [3]]
nested[0][1] -= 5
print(nested)
try:
    undefined_name += 1
except NameError as e:
    print(e)


def local_aug():
    try:
        z += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)


local_aug()
