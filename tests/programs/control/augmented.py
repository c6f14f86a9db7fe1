# Augmented assignment: evaluation order and single evaluation of the target.
trace = []


def key(k):
    trace.append(("key", k))
    return k


def container(c):
    trace.append("container")
    return c


d = {"a": 1}
container(d)[key("a")] += 5
print(d, trace)
trace.clear()
lst = [1, 2, 3]
container(lst)[key(1)] *= 10
print(lst, trace)


def f():
    pass


f.counter = 0
for _ in range(3):
    f.counter += 1
print(f.counter)
m = [[1, 2], [3, 4]]
m[1][0] **= 2
print(m)
s = "x"
for i in range(3):
    s += str(i)
print(s)
n = 2
n **= 10
n //= 3
n %= 100
print(n)
fl = 1.0
fl /= 4
fl -= 0.125
print(fl)
bits = 0b1100
bits &= 0b1010
bits |= 0b0001
bits ^= 0b1111
bits <<= 2
bits >>= 1
print(bits)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    lst[10] += 1
except IndexError as e:
    print("IndexError", e)
try:
    t = (1, 2)
    t[0] += 1
except TypeError as e:
    print("TypeError", e)
try:
    x = "a"
    x -= "b"
except TypeError as e:
    print("TypeError", e)
try:
    y = None
    y += 1
except TypeError as e:
    print("TypeError", e)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError", e, tup)
g = 10


def mod_global():
    global g
    g += 1
    g *= 2


mod_global()
print(g)


def mod_closure():
    total = 0

    def add(x):
        nonlocal total
        total += x

    for i in range(5):
        add(i)
    return total


print(mod_closure())
