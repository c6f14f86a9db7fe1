# str, list, tuple, dict reprs and common methods.
s = "krait"
print(s.upper(), s[1:3], s[::-1], len(s), s * 2, "-".join(["a", "b", "c"]))
print(f"{s!r:>10}|{3.14159:.2f}|{42:05d}|{255:x}")
xs = [3, 1, 2]
xs.append(5)
xs.sort()
print(xs, xs[-1], xs[1:], tuple(xs), [x * x for x in xs if x % 2])
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, sorted(d), list(d.items()), d.get("four", 0))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), [None, True, 1.0, "x"])
