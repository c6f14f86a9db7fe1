# Edge cases of the object-level fast paths: str % args, f-string values, BUILD_STRING,
# mixed int/float arithmetic, float ** float, list stores.
def run(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


run("pct1", lambda: "item%d" % 5)
run("pct2", lambda: "%s-%s" % ("a", 7))
run("pct3", lambda: "%i%%" % 50)
run("pct4", lambda: "%d" % True)
run("pct5", lambda: "%s" % True)
run("pct6", lambda: "%s" % 1.5)
run("pct7", lambda: "%d %d" % (1,))
run("pct8", lambda: "%d" % (1, 2))
run("pct9", lambda: "abc" % ())
run("pct10", lambda: "abc" % 5)
run("pct11", lambda: "%d" % "x")
run("pct12", lambda: "%s" % "héllo")
run("pct13", lambda: "é%sü" % "ß")
run("pct14", lambda: "%5d|%-3s|" % (42, "a"))
run("pct15", lambda: "%s" % ((1, 2),))
run("pct16", lambda: "%s" % [1, 2])
run("pct17", lambda: "%(a)s" % {"a": 1})
run("pct18", lambda: "%" % ())
run("pct19", lambda: "%s %" % (1,))
run("pct20", lambda: "%d" % -9223372036854775808)
run("pct21", lambda: "%s" % 10**30)
run("pct22", lambda: "%s" % ())
run("pct23", lambda: "%s" % "\ud800")
run("pct24", lambda: "\ud800%s" % "x")
run("pct25", lambda: "%s and %s" % ("", ""))
run("pct26", lambda: "%x" % 255)
run("pct27", lambda: "%.2f" % 3.14159)
s = "v"
n = -12
run("f1", lambda: f"{s}")
run("f2", lambda: f"{n}")
run("f3", lambda: f"{s!s}{n!s}")
run("f4", lambda: f"{s!r}{n!r}")
run("f5", lambda: f"{n:>5}")
run("f6", lambda: f"{True}{None}{1.5}")
run("f7", lambda: f"{10**20}")
run("f8", lambda: f"a{s}b{n}c{'é'}d")
sur = "\ud800"
run("f9", lambda: f"{sur}{s}" == sur + s)
run("f10", lambda: len(f"{'é' * 3}{s}"))
run("j1", lambda: "|".join(["a", "é", ""]))
run("j2", lambda: "".join([]))
run("mix1", lambda: 1 + 2.5)
run("mix2", lambda: 2.5 - 1)
run("mix3", lambda: 3 * 0.1)
run("mix4", lambda: 1 / 3.0)
run("mix5", lambda: 1.0 / 0)
run("mix6", lambda: 1 / 0.0)
run("mix7", lambda: 2**53 + 1 + 0.0)
run("mix8", lambda: 9007199254740993 * 1.0)
run("mix9", lambda: -9223372036854775807 - 0.5)
run("mix10", lambda: True + 0.5)
run("mix11", lambda: 7 // 2.0)
run("mix12", lambda: 7 % 2.5)
run("mix13", lambda: 2 ** 0.5)
run("pow1", lambda: 2.0 ** 0.5)
run("pow2", lambda: 2.0 ** -1.5)
run("pow3", lambda: 10.0 ** 400.0)
run("pow4", lambda: 10.0 ** -400.0)
run("pow5", lambda: (-8.0) ** (1 / 3))
run("pow6", lambda: 0.0 ** -1.0)
run("pow7", lambda: 1.0 ** float("inf"))
run("pow8", lambda: float("inf") ** 0.5)
run("pow9", lambda: 2.0 ** float("nan"))
run("pow10", lambda: 4.0 ** 0.0)
run("pow11", lambda: 1e308 ** 2.0)
x = 1.5
x **= 2.0
run("pow12", lambda: x)
x += 1
run("iadd", lambda: x)
l = [0.0] * 4
l[1] = 2.5
l[-1] = 3
run("ls1", lambda: l)


def bad(i):
    l[i] = 1


run("ls2", lambda: bad(4))
run("ls3", lambda: bad(-5))
run("ls4", lambda: bad(1.0))
run("ls5", lambda: bad(True))
print(l)
d = {"a": 1, 2: "b"}
run("d1", lambda: d["a"])
run("d2", lambda: d[2])
run("d3", lambda: d[2.0])
run("d4", lambda: d["zz"])
run("d5", lambda: d[[1]])
run("d6", lambda: d[(1, [2])])
d[True] = "t"
d[1] = "one"
d[[]] if False else None


def badset():
    d[{}] = 1


run("d7", badset)
run("d8", lambda: sorted(map(str, d.items())))
run("d9", lambda: d[1.0])
