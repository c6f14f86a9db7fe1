s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("zzz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 5), s.rfind(""), s.rfind("x"))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 5, -3))
print("abc".find("", 3), "abc".find("", 4), "abc".count("", 4), "abc".count("", 2, 1))
print(s.find("o", -5), s.find("o", -100, -10), "aaaa".count("aa"))
for args in [("zz",), ("l", 30)]:
    try:
        print(s.index(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: s.find(1), lambda: s.find(), lambda: s.count(None), lambda: s.find("a", "b"), lambda: s.find("a", 1, 2, 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "hel")), s.endswith("python"), s.endswith(("a", "b")))
print(s.endswith("hello", 0, 5), "abc".startswith("", 3), "abc".startswith("", 4), s.startswith("h", -25))
for bad in [lambda: s.startswith(1), lambda: s.startswith(("a", 1)), lambda: s.endswith(["a"])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("é日本" in "café日本語", "x" in "", "" in "", "日" in "日本")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError", e)
u = "naïve café naïve"
print(u.find("café"), u.rfind("naïve"), u.count("ï"), u.index("f"), u.find("e", 5, 12))
