# bool is an int subclass: arithmetic, bit ops, repr, comparisons, conversions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(True + 1, True + True, False - 1, True * 10, True / 2, True // 2, True % 2)
print(True ** 10, 2 ** True, -True, +True, ~True, ~False, abs(True))
print(True & False, True | False, True ^ True, type(True & False), type(True & 1), True & 3)
print(repr(True), str(False), True == 1, False == 0, True is True, True == 1.0)
print(isinstance(True, int), issubclass(bool, int), type(True), bool.__mro__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("a"), bool([]), bool(None))
print(int(True), float(True), complex(True), str(True + 0))
print(sum([True, True, False]), max(True, 2), min(False, -1))
print(hash(True), hash(False), {True: "a", 1: "b"}, {0: "x", False: "y"})
print(True < 2, False > -1, True >= 1, sorted([True, False, 2, -1]))
print(f"{True}", f"{True:d}", f"{True:>6}", format(False, "b"))
t("bool(x=1)", lambda: bool(x=1))
t("bool(1, 2)", lambda: bool(1, 2))
t("True.bit_length()", lambda: True.bit_length())
t("divmod(True, 2)", lambda: divmod(True, 2))
t("True << 3", lambda: True << 3)
t("round(True)", lambda: round(True))
t("bin(True)", lambda: bin(True))
t("True + 1.5", lambda: True + 1.5)
t("True + 1j", lambda: True + 1j)
