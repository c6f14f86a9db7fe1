# del of names, subscripts, slices, attributes; errors.
a = 1
b = [1, 2, 3, 4, 5, 6]
c = {"x": 1, "y": 2}
del a
print("a" in dir() if False else "deleted a")
del b[0], b[-1]
print(b)
del b[::2]
print(b)
del c["x"]
print(c)
try:
    del c["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del b[10]
except IndexError as e:
    print("IndexError", e)
try:
    del a
except NameError as e:
    print("NameError", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)


def f():
    pass


f.attr = 1
del f.attr
try:
    del f.attr
except AttributeError as e:
    print("AttributeError", e)
x, y = 1, 2
del (x, y)
try:
    print(x)
except NameError as e:
    print(e)
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)


def local_del():
    v = [1]
    w = v
    del v
    return w


print(local_del())
for i in range(2):
    tmp = i
    del tmp
try:
    tmp
except NameError as e:
    print(e)
nums = list(range(10))
del nums[2:8]
print(nums)
del nums[:]
print(nums)
