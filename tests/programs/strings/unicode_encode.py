s = "héllo wörld 日本 😀"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode("utf_8"), len(s.encode()))
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("Latin1"), "é".encode("iso-8859-1"))
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors), s.encode("ascii", errors=errors))
print("\udcff".encode("utf-8", "surrogateescape"), "a\ud800b".encode("utf-8", "surrogatepass"), b"a\xed\xa0\x80b".decode("utf-8", "surrogatepass") == "a\ud800b")
for bad in [lambda: "é".encode("ascii"), lambda: "éè".encode("ascii"), lambda: "aé日".encode("latin-1"), lambda: "\ud800".encode(), lambda: "a".encode("nope"),
            lambda: "a".encode(1), lambda: "a".encode("utf-8", 1), lambda: "x\udc80y".encode("utf-8"), lambda: "😀".encode("latin-1", "strict")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
b = s.encode()
print(b.decode() == s, b.decode("utf-8"), str(b, "utf-8"), str(b, encoding="utf-8"), str(b"caf\xe9", "latin-1"), str(b"\xff", "utf-8", "replace"))
print(b"\xe6\x97\xa5".decode(), b"\xf0\x9f\x98\x80".decode(), b"\xc3".decode(errors="replace"), b"\xc3(".decode("utf-8", "replace"), b"\x80abc".decode("ascii", "ignore"))
for bad in [lambda: str(b"a", "x"), lambda: str(1, "utf-8"), lambda: str("a", "utf-8"), lambda: b"\xc3".decode(), lambda: b"a\x80".decode("ascii"),
            lambda: b"\xed\xa0\x80".decode(), lambda: b"\xf5".decode(), lambda: b"\xc0\xaf".decode(), lambda: b"\xe0\x80".decode()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
