# TypeError messages for unsupported operand types and orderings between numbers and others.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

others = ["a", None, [1], (1,), {}]
for o in others:
    t("1 + " + repr(o), lambda: 1 + o)
    t(repr(o) + " - 1.5", lambda: o - 1.5)
    t("1j * " + repr(o), lambda: 1j * o)
    t("2 ** " + repr(o), lambda: 2 ** o)
    t("1 < " + repr(o), lambda: 1 < o)
    t(repr(o) + " >= 2.5", lambda: o >= 2.5)
    t("1 == " + repr(o), lambda: 1 == o)
    t("1.5 != " + repr(o), lambda: 1.5 != o)
t("1 // 'a'", lambda: 1 // "a")
t("1 % None", lambda: 1 % None)
t("1.5 << 1", lambda: 1.5 << 1)
t("1 >> 1.5", lambda: 1 >> 1.5)
t("1 & 1.0", lambda: 1 & 1.0)
t("1 | 1j", lambda: 1 | 1j)
t("1 ^ None", lambda: 1 ^ None)
t("1 @ 1", lambda: 1 @ 1)
t("x += 'a'", lambda: (lambda x: x.__iadd__("a") if False else exec_add(x))(1))
def exec_add(x):
    x += "a"
    return x
def exec_pow(x):
    x **= None
    return x
def exec_shift(x):
    x <<= 1.0
    return x
t("x += 'a'", lambda: exec_add(1))
t("x **= None", lambda: exec_pow(2.5))
t("x <<= 1.0", lambda: exec_shift(1))
t("-None", lambda: -None)
t("~'a'", lambda: ~"a")
t("abs(None)", lambda: abs(None))
t("divmod(1, 'a')", lambda: divmod(1, "a"))
t("divmod(None, 1.5)", lambda: divmod(None, 1.5))
t("pow(1, 2, 'a')", lambda: pow(1, 2, "a"))
t("pow('a', 2, 3)", lambda: pow("a", 2, 3))
t("round([])", lambda: round([]))
t("int('1') + '1'", lambda: int("1") + "1")
