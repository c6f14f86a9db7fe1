print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a b  c ".split(), "  a b  c  ".split(None, 1))
print("  a b  c  ".rsplit(None, 1), "  a b  c  ".rsplit(maxsplit=1), "x".split("x"), "".split(), "".split(","), "   ".split())
print("a::b::c".split("::"), "a::b::c".rsplit("::", maxsplit=1), "a\tb\nc\x0bd\x1ce".split(), "a\u3000b\u2003c".split())
print("one two three".split(maxsplit=0), "one two three".rsplit(maxsplit=0), "1,2,3".split(sep=","))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(",", "x"), lambda: "a".split(x=1), lambda: "a".split(",", 1, 2), lambda: "a".rsplit("")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("key=value=x".partition("="), "key".partition("="), "key=value=x".rpartition("="), "key".rpartition("="))
for bad in [lambda: "a".partition(""), lambda: "a".partition(1), lambda: "a".rpartition(None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\x0bline5\x1cx\u2028y\n"
print(text.splitlines(), text.splitlines(True), text.splitlines(keepends=True), "".splitlines(), "\n\n".splitlines())
print("abc".splitlines(), "a\n".splitlines(True))
print("  hi  ".strip(), "  hi  ".lstrip(), "  hi  ".rstrip(), "xxhixx".strip("x"), "abcba".strip("ab"), "\t\n hi \x0c".strip())
print("www.example.com".lstrip("w."), "mississippi".rstrip("ips"), "hi".strip(None), repr("\u3000x\u3000".strip()))
try:
    "a".strip(1)
except TypeError as e:
    print("TypeError", e)
try:
    "a".lstrip(1, 2)
except TypeError as e:
    print("TypeError", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(("1",)), "é".join(["a", "b"]))
for bad in [lambda: "-".join(["a", 1]), lambda: "-".join(5), lambda: "-".join()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("a b c".split(" "), "ab".split("ab"), "日本,語".split(","), "日 本 語".split(), "日本語".partition("本"))
