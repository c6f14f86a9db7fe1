s = "Hello, World"
print(s, len(s), s[0], s[-1], s[2:5], s[::-1], s.upper(), s.lower())
print(s.split(", "), "a b  c".split(), "-".join(["x", "y", "z"]), s.replace("l", "L"))
print(s.startswith("Hell"), s.endswith("x"), s.find("World"), s.count("l"), "  pad  ".strip())
print("ab" * 3, "x" + "y", "é" + "ß", len("日本語"), "日本語"[1], "a" < "b", "abc" == "abc")
print(repr("it's"), repr('say "hi"'), repr("tab\tnew\nline"), repr("\x00\u00e9\u4e2d"))
name = "krait"
n = 3
print(f"{name} has {n} items", f"{n:>5}|{n:<5}|{n:^5}|", f"{3.14159:.2f}", f"{name!r}", f"{1234567:,}")
print(f"{255:x} {255:#o} {5:08.3f} {'s':*^7} {-3:+d} {0.5:%}", str(12), str(1.5), str(None))
for ch in "héllo":
    print(ch, end=".")
print()
print("b" in "abc", "z" not in "abc", ord("A"), chr(955), "42".isdigit())
