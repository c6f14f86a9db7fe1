b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b[::2], b[100:], list(b[:3]))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes((1, 2)))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"), b"\x00\xff\n\t'\"\\")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""), str(b"x"), b"a" + b"b", b"ab" * 3, 2 * b"x", b"" * 5)
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"x" != b"y", b"a" == "a", b"abc" <= b"abc", b"\xff" > b"\x00")
print(b"ll" in b, 111 in b, 300 in b if False else None, b"" in b, b"z" in b)
for x in b"hi!":
    print(x, end=" ")
print()
print(hash(b"abc") == hash(b"abc"), hash(b"") == 0, {b"k": 1}[b"k"], b"abc".hex(), b"\x01\xab".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -4))
print(bytes.fromhex("41 42 4344"), bytes.fromhex(""), bytearray.fromhex("ff00"), b"xyz".decode(), b"caf\xc3\xa9".decode("utf-8"))
for bad in [lambda: bytes([300]), lambda: bytes(["a"]), lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes("abc"), lambda: bytes(1, "utf-8"),
            lambda: b"a"[5], lambda: b"a"[str(1)], lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" * 1.5, lambda: 300 in b"a", lambda: "a" in b"a",
            lambda: bytes.fromhex("4g"), lambda: bytes.fromhex("414"), lambda: bytes.fromhex(5), lambda: b"a" < "a"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s and %d and %x and %c and %c and %5.1f%%" % (b"bytes", 42, 255, 65, b"Z", 2.25), b"%r %a" % ("é", b"x"), b"%(k)s" % {b"k": b"v"})
for bad in [lambda: b"%s" % "str", lambda: b"%d" % b"x", lambda: b"%c" % 300, lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
