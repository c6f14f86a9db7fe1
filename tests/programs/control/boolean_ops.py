# Short-circuit and/or return operands; not; conditional expressions; chained compares.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y")
print([] or {} or 0 or "last", [1] and (2,) and "third")
print(not 0, not 1, not [], not [0], not None)
calls = []


def t(v):
    calls.append(v)
    return v


print(t(0) and t(1), calls)
calls.clear()
print(t(1) or t(2), calls)
calls.clear()
print(t(0) or t(0) or t(3), calls)
x = 5
print("big" if x > 3 else "small", "pos" if x > 0 else "neg" if x < 0 else "zero")
y = -1
print("pos" if y > 0 else "neg" if y < 0 else "zero")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2)
calls.clear()
print(t(1) < t(0) < t(5), calls)
calls.clear()
print(t(1) < t(2) < t(3), calls)
print(1 < 2 > 1, 2 <= 2 >= 2, 0 < x <= 5 < 6)
a = [1, 2]
print(1 in a, 3 in a, 3 not in a, a is a, a is not a, None is None)
print(1 in a in [[1, 2]], (1 < 2) == True)
print(bool(0.0), bool(""), bool("0"), bool([[]]))
if x and not y:
    print("no")
elif x or y:
    print("elif")
else:
    print("else")
v = 0 or None
print(v)
z = x > 2 and x < 10
print(z)
print((lambda: 0)() or "default")
w = [] if False else [1]
print(w)
if not (x == 5 and y == -1):
    print("no")
else:
    print("both")
print(True + True, True and 3, False or 0.0)
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print(1 < 2 < "a")
except TypeError as e:
    print(e)
