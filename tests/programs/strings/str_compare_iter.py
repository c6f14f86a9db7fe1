words = ["banana", "Apple", "cherry", "apple", "", "éclair", "Zebra", "日本", "a", "ab", "abc"]
print(sorted(words), min(words), max(words))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "日" > "é", "A" == "A", "a" != "a", "abc" >= "abc", "b" <= "a")
for a, b in [("a", 1), ("a", None), ("1", 1)]:
    print(a == b, a != b)
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print(hash("") == 0, hash("abc") == hash("ab" + "c"), {"k": 1, "kk": 2}["k" * 2])
it = iter("héllo")
print(next(it), next(it), list(it), list(""), list(reversed("abc")), tuple("日本"), [c.upper() for c in "abc"])
print(len(""), len("日本語"), len("😀😀"), len("a\u0301"), bool(""), bool(" "), str(), str("x"), str(42), str(-1.5), str([1, "a"]), str(None), str(True))
print(repr(""), repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\x00\x1f\x7f\x80\xa0\xad"), repr("\u200b\u2028\ud800"), repr("日本😀\U000e0001"))
print(ord("a"), ord("é"), ord("😀"), chr(97), chr(0x65e5), chr(0x1F600), ascii("é日😀"), ascii("plain"), ascii(["é"]))
print("ab" * 2 == "abab", "abc".__len__() if False else 3, "x".join([str(k) for k in range(4)]))
s = ""
for k in range(5):
    s += str(k)
print(s, s in "0123456789", "a" in "abc", "abc" not in "ab")
