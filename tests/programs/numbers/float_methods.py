# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag, dunders.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 123.456, float("inf"), float("nan")]:
    print(repr(x), x.is_integer(), x.hex(), x.conjugate(), x.real, x.imag)
for x in [0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 0.75, 1e22]:
    print(repr(x), x.as_integer_ratio())
for s in ["0x1.8p1", "0x1p-1074", "-0x1.fffffffffffffp+1023", "0x.8", "1", "inf", "-nan",
          "0X1P4", " 0x10 ", "0x1.0000000000000801p0", "0x1p1024", "0xg", "", "0x1p"]:
    t("fromhex " + repr(s), lambda: float.fromhex(s))
t("(2.5).__trunc__()", lambda: (2.5).__trunc__())
t("(-2.5).__trunc__()", lambda: (-2.5).__trunc__())
t("(2.5).__floor__()", lambda: (2.5).__floor__())
t("(-2.5).__floor__()", lambda: (-2.5).__floor__())
t("(2.5).__ceil__()", lambda: (2.5).__ceil__())
t("(-2.5).__ceil__()", lambda: (-2.5).__ceil__())
t("(2.5).__round__()", lambda: (2.5).__round__())
t("(3.5).__round__()", lambda: (3.5).__round__())
t("(2.567).__round__(2)", lambda: (2.567).__round__(2))
t("(2.5).__int__()", lambda: (2.5).__int__())
t("(2.5).__float__()", lambda: (2.5).__float__())
t("(2.5).__getnewargs__()", lambda: (2.5).__getnewargs__())
t("(2.5).__add__(1)", lambda: (2.5).__add__(1))
t("(2.5).__radd__(1)", lambda: (2.5).__radd__(1))
t("(2.5).__rsub__(1)", lambda: (2.5).__rsub__(1))
t("(2.5).__lt__(3)", lambda: (2.5).__lt__(3))
t("(2.5).__eq__('a')", lambda: (2.5).__eq__("a"))
t("(2.5).__format__('.3f')", lambda: (2.5).__format__(".3f"))
t("(2.5).__neg__()", lambda: (2.5).__neg__())
t("(2.5).__abs__()", lambda: (-2.5).__abs__())
t("(2.5).__bool__()", lambda: (0.0).__bool__())
t("(2.5).nope", lambda: (2.5).nope)
t("float.is_integer(1)", lambda: float.is_integer(1))
t("(1.5).hex(1)", lambda: (1.5).hex(1))
t("float.fromhex(1)", lambda: float.fromhex(1))
