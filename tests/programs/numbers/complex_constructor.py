# complex(): from numbers, pairs (including complex parts), strings, keywords, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("complex()", lambda: complex())
t("complex(1)", lambda: complex(1))
t("complex(1.5, 2)", lambda: complex(1.5, 2))
t("complex(1j, 1j)", lambda: complex(1j, 1j))
t("complex(1+2j, 3+4j)", lambda: complex(1 + 2j, 3 + 4j))
t("complex(-0.0, -0.0)", lambda: complex(-0.0, -0.0))
t("complex(0, -0.0)", lambda: complex(0, -0.0))
t("complex(-0.0)", lambda: complex(-0.0))
t("complex(True, False)", lambda: complex(True, False))
t("complex(2**70)", lambda: complex(2 ** 70))
t("complex(10**400)", lambda: complex(10 ** 400))
t("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
t("complex(imag=2)", lambda: complex(imag=2))
t("complex(1, real=2)", lambda: complex(1, real=2))
t("complex(1, x=2)", lambda: complex(1, x=2))
t("complex(1, 2, 3)", lambda: complex(1, 2, 3))
for s in ["1", "1j", "-1j", "j", "+j", "-j", "1+j", "1-j", "1+2j", "1.5-2.5J", " (3+4j) ",
          "(1)", "1e5-2.5e-3j", "1e+5+1e+5j", "inf+nanj", "-infj", "nan", "1_0+2_0j",
          "1 + 2j", "(1+2j", "1+2j)", "1+2", "j1", "", " ", "1+2jj", "()", "1e+j", "--1j",
          "١+٢j", "1+2i", "0x1+1j", "\t1j\n"]:
    t("complex(" + repr(s) + ")", lambda: complex(s))
t("complex('1', 2)", lambda: complex("1", 2))
t("complex(1, '2')", lambda: complex(1, "2"))
t("complex([])", lambda: complex([]))
t("complex(1, [])", lambda: complex(1, []))
t("complex(None)", lambda: complex(None))
t("complex(1, None)", lambda: complex(1, None))
t("z is complex(z)", lambda: (lambda z: complex(z) is z)(1 + 2j))
