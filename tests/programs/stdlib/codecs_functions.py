# _codecs functions as the encodings package calls them; incremental codecs; escapes.
import codecs
import _codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: codecs.utf_8_encode("aé"))
show(lambda: codecs.utf_8_decode(b"a\xc3\xa9\xe2\x82"))
show(lambda: codecs.utf_8_decode(b"a\xc3\xa9\xe2\x82", "strict", True))
show(lambda: codecs.utf_8_decode(b"a\xff", "replace"))
show(lambda: codecs.utf_8_decode("abc"))
show(lambda: codecs.utf_8_encode(b"abc"))
show(lambda: codecs.utf_8_encode("abc", 1))
show(lambda: codecs.utf_8_encode())
show(lambda: codecs.utf_8_encode("a", "strict", 1))
show(lambda: codecs.ascii_encode("abc"))
show(lambda: codecs.ascii_decode(b"abc\xff", "ignore"))
show(lambda: codecs.latin_1_encode("\xff\xfe"))
show(lambda: codecs.latin_1_decode(bytearray(b"\xff")))
show(lambda: codecs.utf_16_encode("ab"))
show(lambda: codecs.utf_16_encode("ab", None, 1))
show(lambda: codecs.utf_16_encode("ab", None, -1))
show(lambda: codecs.utf_16_le_encode("a\U0001f600"))
show(lambda: codecs.utf_16_be_encode("a"))
show(lambda: codecs.utf_16_decode(b"\xff\xfea\x00b"))
show(lambda: codecs.utf_16_decode(b"\xff\xfea\x00b", None, True))
show(lambda: codecs.utf_16_le_decode(b"=\xd8"))
show(lambda: codecs.utf_16_be_decode(b"\x00a\x00"))
show(lambda: codecs.utf_16_ex_decode(b"\xff\xfea\x00b"))
show(lambda: codecs.utf_16_ex_decode(b"a\x00b"))
show(lambda: codecs.utf_16_ex_decode(b"\xfe\xff\x00a", None, 0, True))
show(lambda: codecs.utf_16_ex_decode(b"\x00a", None, 1, True))
show(lambda: codecs.utf_32_encode("a"))
show(lambda: codecs.utf_32_le_encode("a"))
show(lambda: codecs.utf_32_be_encode("a"))
show(lambda: codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00b"))
show(lambda: codecs.utf_32_le_decode(b"a\x00\x00\x00"))
show(lambda: codecs.utf_32_be_decode(b"\x00\x00\x00a"))
show(lambda: codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a", None, 0, True))
show(lambda: codecs.readbuffer_encode(b"abc"))
show(lambda: codecs.readbuffer_encode("é"))

# escapes
show(lambda: codecs.escape_encode(b"a\\'\"\t\n\r\x00\xff"))
show(lambda: codecs.escape_encode("a"))
show(lambda: codecs.escape_decode(b"a\\x41\\n\\101\\\n\\'"))
show(lambda: codecs.escape_decode("a\\tb"))
show(lambda: codecs.escape_decode(b"a\\"))
show(lambda: codecs.escape_decode(b"a\\x4"))
show(lambda: codecs.escape_decode(b"a\\x4g", "replace"))
show(lambda: codecs.escape_decode(b"a\\x4g", "ignore"))
show(lambda: codecs.unicode_escape_encode("a\\\t\n\r\x7f\xe9\u20ac\U0001f600'\""))
show(lambda: codecs.unicode_escape_decode(b"a\\x41\\u20ac\\U0001F600\\n\\t\\101\\\\"))
show(lambda: codecs.unicode_escape_decode("\xe9\\x41"))
show(lambda: codecs.unicode_escape_decode(b"\xe9\\N{EURO SIGN}"))
show(lambda: codecs.unicode_escape_decode(b"a\\x4"))
show(lambda: codecs.unicode_escape_decode(b"a\\x4", "strict", False))
show(lambda: codecs.unicode_escape_decode(b"a\\x4g"))
show(lambda: codecs.unicode_escape_decode(b"a\\u12"))
show(lambda: codecs.unicode_escape_decode(b"a\\U00110000z"))
show(lambda: codecs.unicode_escape_decode(b"a\\N{EURO"))
show(lambda: codecs.unicode_escape_decode(b"a\\"))
show(lambda: codecs.unicode_escape_decode(b"a\\", "strict", False))
show(lambda: codecs.unicode_escape_decode(b"a\\x4g", "replace"))
show(lambda: codecs.unicode_escape_decode(b"a\\x4g", "backslashreplace"))
show(lambda: codecs.raw_unicode_escape_encode("a\\\t\xe9\u20ac\U0001f600"))
show(lambda: codecs.raw_unicode_escape_decode(b"a\\u0041\\\\u0041\\x\\"))
show(lambda: codecs.raw_unicode_escape_decode(b"\\u004"))
show(lambda: codecs.raw_unicode_escape_decode(b"\\u004", "strict", False))
show(lambda: codecs.raw_unicode_escape_decode(b"\\U00110000"))
show(lambda: codecs.raw_unicode_escape_decode(b"\\u12x", "replace"))
print("a\u20ac\n".encode("unicode_escape"), b"a\\u20ac\\n".decode("unicode_escape"))
print("a\u20ac\\".encode("raw_unicode_escape"), b"a\\u20ac\\n".decode("raw_unicode_escape"))

# charmap
table = "".join(chr(c) for c in range(128)) + "\u20ac" + "\ufffe" * 127
emap = codecs.charmap_build(table)
print(type(emap).__name__)
show(lambda: codecs.charmap_encode("ab\u20ac", "strict", emap))
show(lambda: codecs.charmap_encode("ab\xe9\u20ac", "strict", emap))
show(lambda: codecs.charmap_encode("ab\xe9\u20ac", "replace", emap))
show(lambda: codecs.charmap_encode("ab\xe9\xe9c", "xmlcharrefreplace", emap))
show(lambda: codecs.charmap_decode(b"ab\x80", "strict", table))
show(lambda: codecs.charmap_decode(b"ab\x81", "strict", table))
show(lambda: codecs.charmap_decode(b"ab\x81", "replace", table))
show(lambda: codecs.charmap_decode(b"ab\x81"))
show(lambda: codecs.charmap_encode("ab\xff"))
show(lambda: codecs.charmap_decode(b"abc", "strict", {97: "X", 98: 0x263a, 99: None}))
show(lambda: codecs.charmap_decode(b"ab", "strict", {97: "XY", 98: "Z"}))
show(lambda: codecs.charmap_decode(b"a", "strict", {97: 0x110000}))
show(lambda: codecs.charmap_decode(b"a", "strict", {97: 1.5}))
show(lambda: codecs.charmap_encode("ab", "strict", {97: 65, 98: b"BB"}))
show(lambda: codecs.charmap_encode("abc", "strict", {97: 65}))
show(lambda: codecs.charmap_encode("a", "strict", {97: 300}))
show(lambda: codecs.charmap_encode("a", "strict", {97: "x"}))
show(lambda: codecs.charmap_build("abc"))
for enc in ["cp1252", "cp437", "mac_roman", "iso8859_15", "koi8_r", "cp850"]:
    s = "Grüße €"
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc))
    except Exception as e:
        print(enc, type(e).__name__, e)

# incremental codecs
for enc, text in [("utf-8", "aé€😀"), ("utf-16", "aé€😀"), ("utf-32", "aé€😀"), ("utf-16-be", "aé€😀"), ("latin-1", "aé"), ("cp1252", "aé€"), ("utf-8-sig", "aé€😀")]:
    e = codecs.getincrementalencoder(enc)()
    parts = [e.encode(c) for c in text] + [e.encode("", final=True)]
    data = b"".join(parts)
    d = codecs.getincrementaldecoder(enc)(errors="strict") if enc not in ("latin-1", "cp1252") or True else None
    try:
        out = [d.decode(data[k:k + 1]) for k in range(len(data))] + [d.decode(b"", final=True)]
        print(enc, parts, out, "".join(out))
    except Exception as ex:
        print(enc, parts, type(ex).__name__, ex)
d = codecs.getincrementaldecoder("utf-8")()
show(lambda: d.decode(b"\xe2\x82"))
show(lambda: d.decode(b"", final=True))
d = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(d.decode(b"a\xe2\x82")), repr(d.decode(b"", True)))
print(list(codecs.iterdecode([b"a\xc3", b"\xa9b"], "utf-8")), list(codecs.iterencode(["a", "\xe9"], "utf-16-le")))
