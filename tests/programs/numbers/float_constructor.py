# float(): numbers, strings (inf/nan/underscores/whitespace/exponents) and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["1", "-1.5", "  2.5  ", "1e10", "1E-5", ".5", "5.", "+.5e+2", "1_000.5",
          "1_0e1_0", "inf", "-inf", "+Infinity", "INF", "nan", "-NaN", "infinity",
          "0x10", "1__0", "_1", "1_", "1e", "e5", "", "  ", "1.5.2", "nan1", "in f",
          "1e500", "-1e500", "1e-500", "4.9e-324", "2.2250738585072014e-308",
          "0.1", "123456789012345678901234567890", "1,5", "١٢٣", "\t3.25\n"]:
    t(repr(s), lambda: float(s))
t("float()", lambda: float())
t("float(3)", lambda: float(3))
t("float(True)", lambda: float(True))
t("float(2**1023)", lambda: float(2 ** 1023))
t("float(2**1024)", lambda: float(2 ** 1024))
t("float(2**53+1)", lambda: float(2 ** 53 + 1))
t("float(None)", lambda: float(None))
t("float([])", lambda: float([]))
t("float(1j)", lambda: float(1j))
t("float(x=1)", lambda: float(x=1))
t("float(1, 2)", lambda: float(1, 2))
t("float(-0.0)", lambda: float("-0.0"))
t("type(float('1'))", lambda: type(float("1")))
