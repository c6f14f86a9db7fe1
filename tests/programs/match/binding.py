# Name binding in match: captures persist after the statement, guard failures, scopes.
def f(x):
    match x:
        case [a, b] if a > b:
            return ("desc", a, b)
        case [a, b]:
            return ("asc-or-eq", a, b)
    return None


print(f([2, 1]), f([1, 2]), f([1]))


def guard_fail_keeps_binding(x):
    y = "unset"
    match x:
        case y if False:
            pass
        case _:
            pass
    return y


print(guard_fail_keeps_binding(42))


def capture_after(x):
    match x:
        case {"name": name, "age": age}:
            pass
        case _:
            name, age = "?", 0
    return f"{name}/{age}"


print(capture_after({"name": "ann", "age": 30, "x": 1}), capture_after({}))
results = []
for item in [(1, "one"), (2, "two"), "three", (4,)]:
    match item:
        case (num, word):
            results.append(f"{num}={word}")
        case (num,):
            results.append(f"single {num}")
        case other:
            results.append(f"other {other}")
print(results)


def walrus_in_guard(points):
    out = []
    for p in points:
        match p:
            case (x, y) if (d := x * x + y * y) <= 25:
                out.append((p, d))
            case (x, y):
                out.append((p, "far"))
    return out


print(walrus_in_guard([(3, 4), (5, 5), (0, 1)]))


def match_in_loop_with_break(items):
    for it in items:
        match it:
            case "stop":
                break
            case "skip":
                continue
            case val:
                print("val", val)
    else:
        print("loop completed")


match_in_loop_with_break(["a", "skip", "b", "stop", "c"])
match_in_loop_with_break(["x"])


def returns_inside(x):
    match x:
        case 1:
            return "one"
        case 2:
            try:
                return "two"
            finally:
                print("finally in case")
    return "default"


print(returns_inside(1), returns_inside(2), returns_inside(3))


def nested_match(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "both zero"
                case _:
                    return "a zero"
        case _:
            match b:
                case 0:
                    return "b zero"
    return "neither"


print(nested_match(0, 0), nested_match(0, 1), nested_match(1, 0), nested_match(1, 1))
match 5:
    case n:
        pass
print("n after module-level match", n)
