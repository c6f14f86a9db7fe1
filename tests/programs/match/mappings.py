# Mapping patterns: keys, values, **rest; MATCH_KEYS semantics.
def m(x):
    match x:
        case {"type": "point", "x": x0, "y": y0}:
            return f"point {x0},{y0}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"empty": {}}:
            return "empty value is a dict"
        case {1: one, 2: _}:
            return f"int keys {one}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for v in [
    {"type": "point", "x": 1, "y": 2},
    {"type": "point", "x": 1, "y": 2, "z": 3},
    {"type": "circle", "r": 5, "color": "red", "fill": True},
    {"type": "circle", "r": 5},
    {"empty": {"k": 1}},
    {"empty": []},
    {1: "a", 2: "b"},
    {1: "a"},
    {},
    [("type", "point")],
    "type",
    None,
]:
    print(m(v))


def rest_only(x):
    match x:
        case {**rest}:
            return rest
    return "no"


print(rest_only({"a": 1}), rest_only([]))
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": b, **others}:
        print(b, others, d)
match {"k": None}:
    case {"k": None}:
        print("None value matches")
match {"k": [1, 2]}:
    case {"k": [a, b]}:
        print("nested", a, b)
match {True: "t"}:
    case {1: v}:
        print("1 finds True key", v)
match {1.0: "f"}:
    case {1: v}:
        print("1 finds 1.0 key", v)


def dup(k1, k2):
    consts = {"a": k1, "b": k2}
    try:
        match {"x": 1}:
            case {cfg.a: 1, cfg.b: 2}:
                return "matched"
    except ValueError as e:
        return f"ValueError {e}"
    return "no"


class_free = None
