# Annotations: module-level (SETUP_ANNOTATIONS), function __annotations__.
x: int = 5
y: "str"
z: list = [1, 2]
print(x, z)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(e)


def f(a: int, b: "float" = 1.0, *args: str, c: bool = True, **kw: dict) -> None:
    local: int = 3
    return local


print(f.__annotations__)
print(f(1))


def g(p, q):
    pass


print(g.__annotations__)
g.__annotations__ = {"p": 1}
print(g.__annotations__)
lam = lambda v: v
print(lam.__annotations__)
count: int = 0
for i in range(3):
    count += i
print(count, __annotations__["count"])
