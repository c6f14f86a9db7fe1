# repr/str of floats (shortest round-trip), and format specs on floats.
for x in [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4,
          0.0001234, 5e-324, 1.7976931348623157e308, float("inf"), -float("inf"), float("nan"),
          100.0, 1e22, 1e23, 12345.678, -2.5e-7]:
    print(repr(x), str(x), f"{x}", f"{x!r}")
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2e", "+.3g", " g", "e", "E", "G",
         ".1%", "%", ",.2f", "_.3f", "010.2f", "+010.1f", "=+12.2f", "#.0f", "#g", ".10g",
         "z.1f", "*>10", "n", ".3n", "15,.4f", "-.1f", ".0e", ".20f"]
for s in specs:
    print(repr(s), [format(v, s) for v in [0.0, -0.0, 1234.5678, -0.00049, 1e100, float("nan")]])
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("format(1.5, 'd')", lambda: format(1.5, "d"))
t("format(1.5, 'x')", lambda: format(1.5, "x"))
t("format(1.5, ',_')", lambda: format(1.5, ",_"))
t("format(1.5, '.f')", lambda: format(1.5, ".f"))
t("format(1.5, 's')", lambda: format(1.5, "s"))
t("f'{1.5:{5}.{2}f}'", lambda: f"{1.5:{5}.{2}f}")
t("str(-1e-7)", lambda: str(-1e-7))
