# format() and f-strings of complex numbers.
zs = [1 + 2j, -1.5 - 0.25j, 2j, -0.0 + 1j, complex(float("nan"), float("inf")), 1e20 + 1e-5j,
      0j, 1234567.891 - 9876.5j]
for s in ["", "10", "<14", "^16", ">20", "+", " ", "-", ".2f", "+.3e", "g", ".3", "E", "10.2f",
          "*^24.1f", "z.1f", "n", "#", "#.0f", ",", "_.2f", ",.3f", "G", ".0e", "F", ".1", "+g"]:
    print(repr(s), [format(z, s) for z in zs])
print(f"{1+2j}", f"{1+2j!r}", f"{1+2j:>12}", f"{3j:.1f}", str(1 + 2j))
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for s in ["010", "0>10", "=10", "%", "d", "x", "s", ".2%", "c", "b"]:
    t("format(1+2j, " + repr(s) + ")", lambda: format(1 + 2j, s))
t("(1j).__format__('.1f')", lambda: (1j).__format__(".1f"))
