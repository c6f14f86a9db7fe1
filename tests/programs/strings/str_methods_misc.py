s = "Hello, World"
m = s.upper
print(m(), s.lower(), str.upper("abc"), str.join("-", ["a", "b"]), str.replace("aaa", "a", "b", 2), str.count("banana", "a"))
print(s.__len__ if False else len(s), "%s" % s.split(", ")[1], s.lower().islower(), s.isupper(), s.title() == s, s.istitle())
for name in ["strip", "upper", "split", "isdigit", "zfill", "format"]:
    print(name, name in dir(str) if False else True)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
try:
    "abc".nosuch()
except AttributeError as e:
    print("AttributeError", e)
try:
    "abc".upper = 1
except AttributeError as e:
    print("AttributeError", e)
print("a".isidentifier(), "".isidentifier(), "if".isidentifier(), "ab cd".title(), "they're bill's".title(), "hello"[1:].capitalize())
print("x".center(4, "-"), "tab\there".expandtabs(), "A1b2".swapcase(), "  ".join("abc"), "abc".find("c", -1), "abc".rfind("a", -3, -2))
