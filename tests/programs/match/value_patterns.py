# Value patterns (dotted names) and how they differ from capture patterns.
import sys

LIMIT = 3


def check(x):
    match x:
        case sys.maxsize:
            return "maxsize"
        case sys.byteorder:
            return "byteorder"
        case [sys.maxsize, rest]:
            return f"maxsize then {rest}"
        case {"order": sys.byteorder}:
            return "dict with byteorder"
    return "no"


print(check(sys.maxsize), check(sys.byteorder), check([sys.maxsize, 1]), check({"order": sys.byteorder}), check(3))


def capture_not_value(x):
    match x:
        case LIMIT:
            return f"captured {LIMIT}"


print(capture_not_value(99))
print(LIMIT)


def dup_keys(subject):
    try:
        match subject:
            case {sys.byteorder: 1, "little": 2}:
                return "matched"
            case _:
                return "no match"
    except ValueError as e:
        return f"ValueError: {e}"


print(dup_keys({"little": 1}))
print(dup_keys({"big": 1}))
match sys.argv:
    case [_, *args]:
        print("argv has a script name, args:", args)
    case []:
        print("empty argv")
