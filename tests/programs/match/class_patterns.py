# Class patterns on builtin types: self-matching positional sub-pattern, keywords.
def kind(x):
    match x:
        case bool():
            return "bool"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(0):
            return "int zero"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([a, b]):
            return f"list of two {a} {b}"
        case list():
            return "list"
        case tuple((a, *_)):
            return f"tuple starting {a}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict():
            return "dict"
        case _:
            return "unknown"


for v in [True, False, -3, 0, 7, 2.5, "", "hi", [1, 2], [1], (9, 8), (), {"k": 1}, {}, None, 3.0]:
    print(repr(v), kind(v))


def errors(x, pat):
    try:
        match x:
            case int(a, b):
                return "no"
    except TypeError as e:
        return f"TypeError {e}"


print(errors(1, None))
try:
    match 5:
        case float(a, b, c):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match "x":
        case str(a, b):
            pass
except TypeError as e:
    print("TypeError", e)
match 5:
    case str(a, b):
        print("isinstance fails first, so no error")
    case _:
        print("no match, no error")
not_a_type = len
try:
    match 1:
        case not_a_type():
            pass
except TypeError as e:
    print("TypeError", e)
match slice(1, 5):
    case slice(start=1, stop=e, step=None):
        print("slice stop", e)
match 10:
    case int(nope=1):
        print("no")
    case _:
        print("missing attribute means no match")
match True:
    case int(x):
        print("bool is an int", x)
match [1, 2, 3]:
    case list([first, *rest]) if rest:
        print(first, rest)
match (1, "a"):
    case tuple((int(n), str(s))):
        print(n, s)
match {"a": 1}:
    case dict(items=f):
        print("method attribute", f())
