import sys
nums = [5, 3, 8, 1, 9, 2]
print(list(map(lambda a, b: a * b, nums, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(sum(nums, 100), sum([[1], [2]], []), min(nums, key=lambda x: -x), max([], default="empty"))
print(sorted(nums, reverse=True), nums.index(8), nums.count(3), list(reversed(nums)))
d = {"b": 2, "a": 1, "c": 3}
print(list(reversed(d)), list(reversed(d.items())), sorted(d, key=d.get), max(d, key=d.get))
print(list(enumerate("abc", start=10)), list(zip("ab", [1, 2, 3])), dict(zip("xyz", range(3))))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
it = iter([1, 2, 3, 4, 5, 6])
print(next(it), list(zip(it, it)), next(it, "done"))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(4, "little"), (255).bit_length(), (-1).bit_length())
print(b"hello".hex(), bytes.fromhex("68 65"), bytearray(b"abc").upper(), list(b"AZ"), b"a,b".split(b","))
print(abs(-3), abs(-2.5), pow(2, 100, 1000), pow(3, 4), divmod(17, 5), divmod(-17.5, 5))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), bool(""), bool(" "), bool([[]]))
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), type(1.0).__name__)
print(callable(len), callable(5), hasattr("s", "upper"), getattr([], "nope", "dflt"))
print(chr(955), ord("λ"), ascii("λx"), repr("tab\tnew\nq'\""), str(b"x"), repr(b"'\x00\xff"))
print(round(3.14159, 3), round(-0.5), int(-3.9), int("  42 "), int("1_000"), float("1e3"), float(" -inf "))
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0), hash("a") == hash("a"))
print(len(range(0, 100, 7)), range(0, 100, 7)[3], range(10)[::-2], 49 in range(0, 100, 7))
print(list(range(5, -5, -3)), range(1, 10, 2).index(7), range(3) == range(0, 3))
print("-".join(map(str, range(5))), "".join(sorted("hello")), " ".join(reversed("a b c".split())))
s = "Hello, World"
print(s.swapcase(), s.title(), s.casefold(), s.startswith(("He", "x")), s.endswith("ld"), s.isidentifier())
print("snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCase"[0].lower() + "CamelCase"[1:])
print("{name}:{n:03}".format_map({"name": "x", "n": 7}), "abc".encode(), "é".encode("utf-8"), b"\xc3\xa9".decode())
print(divmod(2**70, 3**20), 2**70 // 3**20, -(2**70) // 7, (2**70) % -7, 10**30 // 10**15)
print(sys.maxsize, -sys.maxsize - 1, sys.maxsize + 1, float(2**53 + 1), int(1e20), 2**0.5)
print(1_000_000 * 1_000_000, 0.1 * 3, 1 / 3, 2 / 3, 10 / 3, 1e300 * 1e10, -1e300 * 1e10)
try:
    print(10 ** 5000 // 1)
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
x = [1, [2, [3]]]
x[1][1].append(x)
print(x)
dd = {}
dd["self"] = dd
print(dd)
print(sorted({3: "c", 1: "a", 2: "b"}.items()), {1, 2, 3} | {3, 4}, {1, 2, 3} & {2}, {1, 2} ^ {2, 3}, {1, 2} - {1})
print(set("mississippi"), frozenset([3, 1, 2]), sorted(set("mississippi")))
print({"b", "a"} == {"a", "b"}, [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", [] == [], {} == {})
