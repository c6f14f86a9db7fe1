# Literal, capture, wildcard and or-patterns; guards.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case _:
            return "other"


for v in [0, 1, 3, "hello", None, True, False, -1, 1.5, 4, "x", 0.0, 1.0, []]:
    print(repr(v), describe(v))


def guard(x):
    match x:
        case n if n < 0:
            return "negative"
        case n if n == 0:
            return "zero"
        case n:
            return f"positive {n}"


print(guard(-5), guard(0), guard(7))


def capture(x):
    match x:
        case 1:
            pass
        case other:
            print("captured", other)
    return "end"


print(capture(1), capture(42))


def no_match(x):
    match x:
        case 1:
            return "one"
    return "fell through"


print(no_match(2))
text = "quit"
match text:
    case "go" | "run":
        print("moving")
    case "quit" | "exit":
        print("bye")
for v in [1, 2.0, True]:
    match v:
        case 1:
            print("matched 1 with", repr(v))
        case _:
            print("no", repr(v))


def guard_side(x):
    match x:
        case a if (b := a * 2) > 10:
            return ("big", a, b)
        case a:
            return ("small", a, b)


print(guard_side(6), guard_side(2))
match -0.0:
    case 0:
        print("negative zero matches 0")
match "":
    case "":
        print("empty string")
