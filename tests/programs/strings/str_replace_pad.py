s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 1), s.replace("the", ""), s.replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "".replace("a", "b"), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "café".replace("é", "e"))
for bad in [lambda: s.replace(1, "a"), lambda: s.replace("a", 2), lambda: s.replace("a"), lambda: s.replace("a", "b", "c")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(repr("abc".center(9)), repr("abc".center(10, "*")), repr("ab".center(7, "-")), repr("abc".center(2)), repr("a".center(4)))
print(repr("abc".ljust(6)), repr("abc".rjust(6, "0")), repr("abc".ljust(6, "é")), repr("日本".rjust(5, "・")))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".center(5, 1), lambda: "a".center("5"), lambda: "a".ljust(), lambda: "a".rjust(3, "")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nx\ty".expandtabs(tabsize=3)), repr("\t".expandtabs(0)))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("x"), "file.txt".removesuffix(".txt"), "file.txt".removesuffix(""), "abc".removesuffix("abc"))
try:
    "a".removeprefix(1)
except TypeError as e:
    print("TypeError", e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "x" + "y" + "z", "é" * 2)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
t = "abc"
t += "def"
t *= 2
print(t)
