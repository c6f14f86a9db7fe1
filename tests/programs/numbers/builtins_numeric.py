# Numeric builtins: abs, divmod, pow (2 and 3 args), round, bin, oct, hex, sum, min/max.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (2 ** 70, 3), (0, 5), (True, 2)]:
    print(a, b, divmod(a, b), pow(a, 2), pow(b, a if isinstance(a, int) and a < 50 else 2))
for a, b, m in [(2, 10, 1000), (3, 200, 7), (-3, 3, 5), (3, -1, 7), (2, -3, 11), (5, 0, 3),
                (5, 3, -7), (0, 0, 1), (2 ** 100, 2 ** 50, 10 ** 9 + 7), (7, 2, 1)]:
    print(a, b, m, pow(a, b, m))
t("pow(base=2, exp=3)", lambda: pow(base=2, exp=3))
t("pow(2, exp=3, mod=5)", lambda: pow(2, exp=3, mod=5))
t("pow(2, 3, None)", lambda: pow(2, 3, None))
t("pow(2)", lambda: pow(2))
t("pow(2, 3, 4, 5)", lambda: pow(2, 3, 4, 5))
t("pow(2, 3, 0)", lambda: pow(2, 3, 0))
t("pow(6, -1, 9)", lambda: pow(6, -1, 9))
t("pow(2.5, 2)", lambda: pow(2.5, 2))
t("pow(-8, 1/3)", lambda: pow(-8, 1 / 3))
t("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
for n in [0, 1, -1, 10, -10, 255, 2 ** 64, -(2 ** 70) + 3, True]:
    print(n, bin(n), oct(n), hex(n))
t("bin(1.5)", lambda: bin(1.5))
t("hex('a')", lambda: hex("a"))
t("oct(None)", lambda: oct(None))
t("bin()", lambda: bin())
t("divmod(1)", lambda: divmod(1))
t("abs()", lambda: abs())
t("abs(1, 2)", lambda: abs(1, 2))
print(abs(-0.0), abs(-2 ** 80), abs(-7), abs(3j), abs(False))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([2 ** 64, 2 ** 64]), sum(range(100)), sum([], 5))
print(min(3, 1.5, 2), max(-1, -2.5), max(2 ** 70, 1e21), min([1j.imag, 0.5]))
