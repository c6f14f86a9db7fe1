# MATCH_CLASS errors and rules for builtin types.
def run(subject, label, fn):
    try:
        print(label, fn(subject))
    except TypeError as e:
        print(label, "TypeError", e)


def one_pos(s):
    match s:
        case int(x):
            return ("int", x)
        case str(x):
            return ("str", x)
        case list(x):
            return ("list", x)
        case tuple(x):
            return ("tuple", x)
        case dict(x):
            return ("dict", x)
        case float(x):
            return ("float", x)
        case bool(x):
            return ("never reached: bool is an int", x)
    return "none"


for s in [1, True, "s", [1], (2,), {"a": 1}, 1.5, None]:
    run(s, repr(s), one_pos)


def too_many(s):
    match s:
        case list(a, b):
            return a
    return "none"


run([1, 2], "list(a, b)", too_many)
run("not a list", "list(a, b) on str", too_many)


def not_type(s):
    f = print
    match s:
        case f():
            return "?"
    return "none"


run(1, "print()", not_type)


def kw_on_builtin(s):
    match s:
        case str(upper=u):
            return u()
        case list(count=c):
            return c(1)
    return "none"


run("abc", "str(upper=u)", kw_on_builtin)
run([1, 1, 2], "list(count=c)", kw_on_builtin)
run(5, "int", kw_on_builtin)


def nested_class(s):
    match s:
        case [int(a), str(b)] | (str(b), int(a)):
            return (a, b)
        case {"k": float(v) | int(v)}:
            return v
    return "none"


run([1, "x"], "[int, str]", nested_class)
run(("y", 2), "(str, int)", nested_class)
run({"k": 2.5}, "{k: float}", nested_class)
run({"k": "no"}, "{k: str}", nested_class)
match True:
    case bool(b) if b:
        print("bool(b)", b)
match 0:
    case bool():
        print("no: 0 is not a bool")
    case int():
        print("0 is an int")
