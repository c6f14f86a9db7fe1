"""krait's first example: a little of everything dis has to show."""


def greet(name, *, punctuation="!"):
    return f"Hello, {name}{punctuation}"


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


try:
    print(greet("krait"), [fib(i) for i in range(10)])
except Exception as exc:
    print("failed:", exc)
