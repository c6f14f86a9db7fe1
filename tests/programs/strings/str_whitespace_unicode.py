ws = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"
print(len(ws), ws.isspace(), len(ws.strip()), ("a" + ws + "b").split(), [hex(ord(c)) for c in ws if not c.isspace()])
print("\u200b".isspace(), "\ufeff".isspace(), "x\u00a0y".split(), "a\u2028b\u2029c\x85d".splitlines())
for s in ["Ǆ", "ǅ", "ǆ", "ﬀ", "ß", "İ", "ı", "ς", "Ω", "µ", "ÿ", "ŉ", "ǰ", "ᾳ", "ﬃ", "Ⅻ", "ⓐ", "𝐀", "𐐨"]:
    print(s, s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.isupper(), s.islower(), s.istitle(), s.isalpha())
