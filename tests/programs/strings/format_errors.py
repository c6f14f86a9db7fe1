cases = [
    ("{", ()), ("}", ()), ("{0", ()), ("{:{}", (1,)), ("{0!x}", (1,)), ("{0!}", (1,)), ("{0!rr}", (1,)), ("{} {1}", (1, 2)),
    ("{1} {}", (1, 2)), ("{5}", (1,)), ("{}", ()), ("{0.}", (1,)), ("{0[}", (1,)), ("{0[0]x}", ([1],)), ("{0:{1:{2}}}", (1, 2, 3)),
    ("{:d}", ("a",)), ("{0.x}", (1,)), ("{:q}", (1,)), ("{:d}", (1.5,)), ("{:x}", ("s",)), ("{:,s}", ("s",)), ("{:=5}", ("s",)),
    ("{0[5]}", ([1],)), ("{0[a]}", ({},)), ("{!}", (1,)), ("{a", ()), ("x}y", ()), ("{:>}", (1,)), ("{0:{a}}", (1,)), ("{[}", ()),
    ("{:+s}", ("x",)), ("{:#s}", ("x",)), ("{:.0c}", (65,)), ("{:99999999999999999999}", (1,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError", e)
try:
    "{x}".format_map({"y": 1})
except KeyError as e:
    print("KeyError", e)
for v, spec in [(1, "q"), ([], "x"), ("a", "d"), (1.5, "d"), (1, 5), (None, "s")]:
    try:
        print(format(v, spec))
    except Exception as e:
        print(type(e).__name__, e)
