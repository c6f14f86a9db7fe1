# codecs: lookup, encode/decode round trips, BOMs, registry errors.
import codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for name in ["utf-8", "UTF8", "latin1", "Latin-1", "ascii", "utf_16", "UTF-16-LE", "cp1252", "utf-8-sig", "u8"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, isinstance(info, tuple), len(info))

text = "héllo wörld €"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "cp1252", "utf-8-sig", "latin-1"]:
    try:
        b = text.encode(enc)
        print(enc, b, b.decode(enc) == text)
    except Exception as e:
        print(enc, type(e).__name__, e)

print("".encode("utf-16"), "".encode("utf-32"), "\U0001f600".encode("utf-16-le"))
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"\xfe\xff\x00h\x00i".decode("utf-16"))
print(b"h\x00i\x00".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"))
print(b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"))
print(b"=\xd8\x00\xde".decode("utf-16-le"))

show(lambda: "a".encode("xyz"))
show(lambda: b"a".decode("xyz"))
show(lambda: codecs.lookup("no-such-codec"))
show(lambda: codecs.lookup(1))
show(lambda: codecs.encode("a", "nope"))
show(lambda: "a".encode("rot13"))
show(lambda: b"a".decode("hex"))
show(lambda: codecs.encode("Hello", "rot13"))
show(lambda: codecs.decode(b"68656c6c6f", "hex"))
show(lambda: codecs.decode("abc", "utf-8"))
show(lambda: codecs.encode("abc"))
show(lambda: codecs.decode(b"abc"))
show(lambda: codecs.encode(obj="x", encoding="latin-1"))
show(lambda: codecs.register(1))
show(lambda: codecs.decode(b"\xff", "utf-8"))
show(lambda: codecs.encode("\u20ac", "latin-1"))
show(lambda: codecs.encode(1, "latin-1"))
show(lambda: codecs.encode("a", "utf-8", 1))
try:
    codecs.decode("abc", "ascii")
except TypeError as e:
    print(type(e.__cause__).__name__, e.__cause__)

show(lambda: "\ud800".encode("utf-8"))
show(lambda: "a\ud800\ud801b".encode("utf-8"))
show(lambda: "a\ud800".encode("utf-16"))
show(lambda: "a\ud800".encode("utf-32-be"))
show(lambda: b"\x00\xd8".decode("utf-16-le"))
show(lambda: b"\x00\xdc".decode("utf-16-le"))
show(lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
show(lambda: b"a\x00b".decode("utf-16"))
show(lambda: b"a\x00\x00\x00\x00\xd8\x00\x00".decode("utf-32"))
show(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
show(lambda: b"a\x00\x00".decode("utf-32-le"))
show(lambda: b"\xe9".decode("ascii"))
show(lambda: "\xe9".encode("ascii"))
show(lambda: "\u20ac".encode("latin-1"))
show(lambda: b"a\xe2\x82".decode("utf-8"))
show(lambda: b"\xff".decode("utf-8"))
show(lambda: b"\x81".decode("cp1252"))
show(lambda: "\u0100".encode("cp1252"))


def search(name):
    if name == "mycodec":
        return codecs.CodecInfo(
            lambda s, errors="strict": (s.upper().encode(), len(s)),
            lambda b, errors="strict": (bytes(b).decode().lower(), len(b)),
            name="mycodec",
        )
    if name == "bad_codec":
        return (1, 2, 3)
    if name == "weird_codec":
        return codecs.CodecInfo(lambda s, errors="strict": ("str!", 1), lambda b, errors="strict": (b"b", 1), name="weird")
    return None


codecs.register(search)
print("abc".encode("mycodec"), b"XYZ".decode("MyCodec"))
print(codecs.lookup("my-codec") if False else codecs.lookup("mycodec").name)
show(lambda: codecs.lookup("bad_codec"))
show(lambda: "x".encode("weird_codec"))
show(lambda: b"x".decode("weird_codec"))
print(codecs.encode("x", "weird_codec"), codecs.decode(b"x", "weird_codec"))
codecs.unregister(search)
show(lambda: "abc".encode("mycodec2"))
