# complex literals, repr/str, real/imag, conjugate, equality, hash, truth.
zs = [1j, 2 + 3j, -1.5 - 0.5j, 0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1e300j,
      complex(float("inf"), float("nan")), complex(1, float("-inf")), 3 + 0j, -2j, 1.5e-10 + 2e20j]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), bool(z), type(z).__name__)
print(1j * 1j, 1j ** 2, (1 + 2j) == (1 + 2j), (1 + 2j) != (1 + 2.0j), 1 + 0j == 1, 1.5 + 0j == 1.5)
print(2j == 2, 0j == 0, 0j == 0.0, 1 + 1j == 1, 2 ** 70 + 0j == 2 ** 70, 2 ** 53 + 1 == complex(2 ** 53 + 1))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(1j), hash(3 - 4j))
print({1: "a", 1 + 0j: "b"}, {1j: 1, 2j: 2}[2j], 1j in [1j], (1 + 2j) in [1, 1 + 2j])
print(abs(3 + 4j), abs(-5j), abs(0j), abs(complex(float("inf"), 1)), abs(complex(1, float("nan"))))
print(-(1 + 2j), +(1 + 2j), (1 + 2j).__neg__(), (3 + 4j).__abs__())
print(isinstance(1j, complex), type(1j), complex.__name__, (1j).__class__)
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("1j < 2j", lambda: 1j < 2j)
t("1j >= 1", lambda: 1j >= 1)
t("1 > 1j", lambda: 1 > 1j)
t("abs(big)", lambda: abs(complex(1e308, 1e308)))
t("(1j).real = 2", lambda: setattr(1j, "real", 2))
t("(1j).nope", lambda: (1j).nope)
t("(1j).__eq__(1j)", lambda: (1j).__eq__(1j))
t("(1j).__lt__", lambda: (1j).__lt__(2j))
t("sorted complex", lambda: sorted([1j, 2j]))
t("max complex", lambda: max(1j, 2j))
