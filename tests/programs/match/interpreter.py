# A tiny expression evaluator written with match (nested tuples/lists/dicts).
def evaluate(expr, env):
    match expr:
        case int() | float() as n:
            return n
        case str(name):
            return env[name]
        case ("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("-", operand):
            return -evaluate(operand, env)
        case ("let", str(name), value, body):
            new_env = dict(env)
            new_env[name] = evaluate(value, env)
            return evaluate(body, new_env)
        case ("if", cond, then, *rest):
            if evaluate(cond, env):
                return evaluate(then, env)
            match rest:
                case [otherwise]:
                    return evaluate(otherwise, env)
                case []:
                    return None
        case {"op": "max", "args": [*args]}:
            return max(evaluate(a, env) for a in args) if False else max([evaluate(a, env) for a in args])
        case _:
            raise ValueError(f"bad expression: {expr!r}")


env = {"x": 3, "y": 4}
tests = [
    5,
    2.5,
    "x",
    ("+", "x", "y"),
    ("*", ("+", 1, 2), "y"),
    ("-", "x"),
    ("let", "z", 10, ("+", "z", "x")),
    ("if", 0, 1, 2),
    ("if", 1, "y"),
    ("if", 0, "y"),
    {"op": "max", "args": [1, "y", ("+", "x", "x")]},
]
for t in tests:
    print(repr(t), "=>", evaluate(t, env))
for bad in [("?", 1), [1, 2, 3, 4, 5], {"op": "min"}]:
    try:
        evaluate(bad, env)
    except ValueError as e:
        print(e)
