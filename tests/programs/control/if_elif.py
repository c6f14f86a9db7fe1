# if/elif/else chains, truthiness of many types, nested conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


print([classify(v) for v in [-5, 0, 3, 42, 1000]])
for v in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {"": 0}, None, range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


print(" ".join(fizzbuzz(i) for i in range(1, 16)) if False else [fizzbuzz(i) for i in range(1, 16)])
x = 7
if x > 5:
    if x > 6:
        print("gt 6")
    else:
        print("6")
elif x > 3:
    print("unreachable")
if not x:
    pass
else:
    print("x truthy")
y = None
if y is None:
    print("is None")
if y is not None:
    print("no")
if x in (1, 7, 9):
    print("in tuple")
if "b" in "abc" and "z" not in "abc":
    print("substring checks")


def sign(v):
    return 1 if v > 0 else (-1 if v < 0 else 0)


print(sign(5), sign(-5), sign(0))


def grade(score):
    if score >= 90:
        g = "A"
    elif score >= 80:
        g = "B"
    elif score >= 70:
        g = "C"
    else:
        g = "F"
    return g


print([grade(s) for s in (95, 85, 75, 10)])
