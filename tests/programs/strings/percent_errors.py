cases = [
    ("%d", "x"), ("%d", None), ("%x", 1.5), ("%o", "8"), ("%f", "x"), ("%e", [1]), ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%c", 0x110000),
    ("%(a)s", 1), ("%(a)s", (1,)), ("%*d", ("a", 1)), ("%.*f", ("a", 1.0)), ("%y", 1), ("abc %", 1), ("%(a", {"a": 1}), ("%s %s", (1,)),
    ("%s", ()), ("%s", (1, 2)), ("%d %d", (1, 2, 3)), ("%(a)s", {}), ("%(a)s %s", {"a": 1}), ("%s", ((),)), ("%-", 1), ("%5", 1), ("%.", 1),
    ("%\u00e9", 1), ("%#", 1), ("%z", 2), ("%d", [1]), ("%i", {}), ("%X", "f"), ("%g", None), ("%G", "1.0"),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try:
    print("%s" % (1,) + 1)
except TypeError as e:
    print("TypeError", e)
