# Chained comparisons: evaluation order, single evaluation, mixed operators.
trace = []


def v(x):
    trace.append(x)
    return x


print(v(1) < v(2) < v(3), trace)
trace.clear()
print(v(3) < v(2) < v(1), trace)
trace.clear()
print(v(1) == v(1) == v(2) == v(3), trace)
trace.clear()
print(v(1) < v(5) > v(2) != v(7), trace)
trace.clear()
print(v(1) in v([1, 2]) not in v([[3]]), trace)
trace.clear()
print(v(None) is v(None) is not v(0), trace)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == x, 1 < x > 3)
print("a" < "b" < "c", [1] < [1, 2] < [2], (1, 2) <= (1, 2) < (1, 3))
print(1 < 2.5 < 3, 1 == 1.0 == True, 0 == False == 0.0)
r = 1 < 2 < 3 < 4 < 5 < 6
print(r)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(e)
print(2 > 1 < "x" if False else "skipped")
a = [1, 2, 3]
print(1 in a == True, (1 in a) == True)
print(not 1 < 2, not (1 < 2 < 0))
i = 3
while 0 < i <= 3:
    print("i", i)
    i -= 1
