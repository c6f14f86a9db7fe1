# codecs: error handlers (builtin and registered) and the Unicode*Error objects.
import codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "aé€\U0001f600b"
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    for enc in ["ascii", "latin-1", "cp1252"]:
        print(errors, enc, s.encode(enc, errors))

bad = b"a\xff\xfeb\xe2\x82"
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    for enc in ["utf-8", "ascii"]:
        print(errors, enc, repr(bad.decode(enc, errors)))

print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
print("\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-16-le", "surrogatepass"))
print("\udcff\udc80".encode("utf-8", "surrogateescape"), "\udcff".encode("latin-1", "surrogateescape"))
show(lambda: "\ud800".encode("ascii", "surrogateescape"))
show(lambda: "é".encode("ascii", "surrogatepass"))
show(lambda: "é".encode("ascii", "nosuchhandler"))
show(lambda: b"\xff".decode("utf-8", "nosuchhandler"))
show(lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))

for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    print(name, codecs.lookup_error(name).__name__)
show(lambda: codecs.lookup_error("nope"))

ee = UnicodeEncodeError("ascii", "abc\xe9\u20acd", 3, 5, "ordinal not in range(128)")
de = UnicodeDecodeError("utf-8", b"ab\xff\xfecd", 2, 4, "invalid start byte")
te = UnicodeTranslateError("ab\xffc", 2, 3, "no mapping")
print(ee)
print(de)
print(te)
print(repr(ee), ee.args)
print(ee.encoding, ee.object, ee.start, ee.end, ee.reason)
print(de.encoding, de.object, de.start, de.end, de.reason)
print(te.encoding, te.object, te.start, te.end, te.reason)
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    h = codecs.lookup_error(name)
    for exc in (ee, de, te):
        show(lambda: h(exc))
show(lambda: codecs.strict_errors(ee))
show(lambda: codecs.strict_errors(1))
show(lambda: codecs.replace_errors(1))
show(lambda: codecs.ignore_errors(ValueError()))
ee.start = 4
print(ee, ee.args)
ee.reason = "changed"
print(ee)
print(UnicodeDecodeError("x", b"abc", 1, 2, "r"), UnicodeDecodeError("x", bytearray(b"abc"), 0, 3, "r"))
show(lambda: UnicodeEncodeError("a", b"b", 1, 2, "r"))
show(lambda: UnicodeDecodeError("a", "b", 1, 2, "r"))
show(lambda: UnicodeEncodeError())
show(lambda: UnicodeTranslateError("a", 1))
print(isinstance(ee, UnicodeError), isinstance(ee, ValueError), UnicodeEncodeError.__mro__[1].__name__)


def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("[%s]" % ",".join(str(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)


codecs.register_error("brackets", handler)
print("aé€b".encode("ascii", "brackets"), "aé€b".encode("latin-1", "brackets"))
print(b"a\xff\xfeb".decode("utf-8", "brackets"), b"a\x81b".decode("cp1252", "brackets"))
print("a\u0100b".encode("cp1252", "brackets"))
show(lambda: "a\u0100b".encode("ascii", "strict"))
codecs.register_error("skipall", lambda exc: ("", len(exc.object)))
print("aé€b".encode("ascii", "skipall"))
codecs.register_error("back", lambda exc: ("?", -2))
print("éab".encode("ascii", "back"))
codecs.register_error("bytesrep", lambda exc: (b"<B>", exc.end))
print("aéb".encode("ascii", "bytesrep"))
codecs.register_error("badret", lambda exc: "x")
show(lambda: "é".encode("ascii", "badret"))
show(lambda: b"\xff".decode("ascii", "badret"))
codecs.register_error("badpos", lambda exc: ("x", 100))
show(lambda: "é".encode("ascii", "badpos"))
codecs.register_error("nonascii", lambda exc: ("\xe9", exc.end))
show(lambda: "\u20ac".encode("ascii", "nonascii"))
print("\u20ac".encode("latin-1", "nonascii"))
show(lambda: codecs.register_error("x", 1))
show(lambda: codecs.register_error(1, print))
