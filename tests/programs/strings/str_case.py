for w in ["hello world", "HELLO", "Hello World", "hELLO wORLD", "straße", "ǆemal", "ﬁne", "ΣΑΣ ΟΔΟΣ", "123abc", "", "o'neil mc-donald", "ŉ", "İstanbul"]:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.swapcase(), w.title(), w.capitalize())
print("ΟΔΟΣ".lower(), "Σ".lower(), "ΑΣ.".lower(), "aΣb".lower())
tests = ["abc", "ABC", "Abc", "aBc", "123", "abc123", "   ", "", "a b", "Hello World", "Hello world", "ǅ", "١٢٣", "²", "½", "一二三", "ⅷ", "x_y", "_x", "1x", "été", "\t\n", "\u00a0", "\u200b", "a\u0301"]
for t in tests:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
print("hello\x7f".isprintable(), "tab\t".isprintable(), "ok".isprintable(), "\u0378".isprintable(), "日本".isprintable())
print("class".isidentifier(), "π".isidentifier(), "a-b".isidentifier(), "€".isidentifier(), "a٣".isidentifier())
try:
    "a".upper(1)
except TypeError as e:
    print("TypeError", e)
try:
    "a".isalpha(1)
except TypeError as e:
    print("TypeError", e)
