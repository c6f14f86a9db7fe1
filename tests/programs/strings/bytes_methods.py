b = b"  Hello, World! Hello!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b"xxhixx".strip(b"x"), b.split(), b.split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b.find(b"Hello"), b.rfind(b"Hello"), b.find(b"l", 5), b.find(108), b.count(b"l"), b.count(108), b.index(b"World"), b.rindex(b"!"))
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b.replace(b"Hello", b"Bye"), b.replace(b"l", b"L", 2), b.upper(), b.lower(), b.swapcase())
print(b"hello world".title(), b"hello WORLD".capitalize(), b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"key=val".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"\x80".isascii(), b"".isdigit())
print(b"ab".center(6, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4), b"l1\nl2\r\nl3".splitlines(), b"l1\nl2\r\n".splitlines(True))
print(b"prefix.txt".removeprefix(b"prefix"), b"prefix.txt".removesuffix(b".txt"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("utf-8", "ignore"), b"caf\xe9".decode("utf-8", "backslashreplace"), repr(b"\xff".decode("utf-8", "surrogateescape")))
for bad in [lambda: b"\xff".decode(), lambda: b"\xe2\x28".decode(), lambda: b"ab\xe2\x82".decode(), lambda: b"\xe9".decode("ascii"), lambda: b"a".decode("nope"),
            lambda: b"a".find("a"), lambda: b"a".split(b""), lambda: b"a".center(3, "x"), lambda: b"a".join([1]), lambda: b"a".index(b"z"), lambda: b"a".startswith("a"),
            lambda: b"a".strip("a"), lambda: b"a".replace("a", b"b"), lambda: b"a".count(256), lambda: b"\xf0\x90\x28".decode()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
