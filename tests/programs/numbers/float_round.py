# round(): floats half-even on the exact binary value, ndigits positive/negative/None,
# ints with negative ndigits, and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 1e16 + 1, -0.0]:
    print(repr(x), round(x), type(round(x)), round(x, 0), round(x, 2), round(x, None))
for nd in [-3, -2, -1, 0, 1, 2, 3, 10, 400, -400]:
    print(nd, round(123456.789, nd), round(-987.6543, nd), round(5e-324, nd))
for nd in [-1, -2, -3, -20, 0, 2]:
    print(nd, round(1250, nd), round(1350, nd), round(-1250, nd), round(2 ** 70 + 5, nd), round(5, nd))
print(round(True), round(False, 2), round(7, None), type(round(7, -1)))
print(round(0.1 + 0.2, 15), round(1.23456789e-10, 12), round(1e300, -300), round(1e300, 2))
t("round()", lambda: round())
t("round(1, 2, 3)", lambda: round(1, 2, 3))
t("round('1')", lambda: round("1"))
t("round(1j)", lambda: round(1j))
t("round(None)", lambda: round(None))
t("round(1.5, 1.5)", lambda: round(1.5, 1.5))
t("round(15, 1.5)", lambda: round(15, 1.5))
t("round(number=2.5)", lambda: round(number=2.5))
t("round(2.567, ndigits=2)", lambda: round(2.567, ndigits=2))
t("round(inf, 2)", lambda: round(float("inf"), 2))
t("round(nan, 0)", lambda: round(float("nan"), 0))
t("round(1.7976931348623157e308, -308)", lambda: round(1.7976931348623157e308, -308))
t("round(2.5, 2**70)", lambda: round(2.5, 2 ** 70))
t("round(2.5, -2**70)", lambda: round(2.5, -(2 ** 70)))
t("round(1e20)", lambda: round(1e20))
t("round(-1e300)", lambda: round(-1e300) == int(-1e300))
