def interpret(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"moving {direction}"
        case ["go", other]:
            return f"can't go {other!r}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["drop", item] | ["discard", item]:
            return f"dropping {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return f"unknown: {cmd!r}"

for c in ["go north", "go up", "take lamp key", "take", "drop sword", "discard rock", "quit", "exit", "", "dance wildly"]:
    print(f"{c!r:18} -> {interpret(c)}")

def shape_area(shape):
    match shape:
        case {"type": "circle", "r": r}:
            return round(3.14159 * r * r, 2)
        case {"type": "rect", "w": w, "h": h}:
            return w * h
        case {"type": "square", "side": s, **rest}:
            return s * s if not rest else (s * s, rest)
        case (x, y) | [x, y, _]:
            return ("point", x, y)
        case int(n) | float(n):
            return ("number", n)
        case str() as s if len(s) > 3:
            return ("long string", s)
        case None:
            return "nothing"
        case _:
            raise ValueError(f"unknown shape {shape!r}")

for s in [{"type": "circle", "r": 2}, {"type": "rect", "w": 3, "h": 4}, {"type": "square", "side": 5},
          {"type": "square", "side": 2, "color": "red"}, (1, 2), [1, 2, 3], 7, 2.5, "hello", None, "hi", [1]]:
    try:
        print(shape_area(s))
    except ValueError as e:
        print("ValueError:", e)

def eval_expr(node):
    match node:
        case ("num", v):
            return v
        case ("add", l, r):
            return eval_expr(l) + eval_expr(r)
        case ("mul", l, r):
            return eval_expr(l) * eval_expr(r)
        case ("neg", e):
            return -eval_expr(e)
        case ("div", l, r):
            d = eval_expr(r)
            if d == 0:
                raise ZeroDivisionError(f"division by zero in {node}")
            return eval_expr(l) / d
    raise TypeError(f"bad node: {node!r}")

tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(eval_expr(tree))
print(eval_expr(("div", ("num", 1), ("num", 4))))
for bad in [("div", ("num", 1), ("add", ("num", 1), ("num", -1))), ("pow", 1, 2)]:
    try:
        eval_expr(bad)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)

def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case n if 400 <= n < 500:
            return "client error"
        case n if n >= 500:
            return "server error"
        case _:
            return "other"
print([http_status(c) for c in [200, 204, 302, 404, 418, 503, 100]])
eval_expr(("sqrt", ("num", 4)))
