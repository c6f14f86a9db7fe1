print(str(), str(""), str(123), str(-0.0), str(1e100), str(10**30), str([1, [2]]), str((1,)), str({"a": 1}), str(None), str(str), str(b"ab"))
print(str(object=5), str(b"abc", "ascii"), str(b"abc", errors="strict", encoding="utf-8"), str(bytearray(b"x"), "utf-8"))
print(type(str(1)).__name__, str("abc") == "abc", str(3.0) + "!", repr(str("é")), format("x"), format(2.5, "e"))
for bad in [lambda: str(1, 2, 3, 4), lambda: str(b"a", 1), lambda: str(x=1), lambda: str(b"a", "utf-8", "bogus")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(int("42") + 1, float("2.5"), "".join(reversed("stressed")), "%s" % str(7), str(True) + str(False))
