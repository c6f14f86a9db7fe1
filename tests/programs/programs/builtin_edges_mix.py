d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print(e, l)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print("ab" * -1, [1] * 0, list(range(10**18, 10**18 + 3)))
print([1, 2, 3, 2].index(2, 2), "abcabc".find("c", 3), "abcabc".rindex("a"), [1, 2][-1:-3:-1])
for bad in ["", " ", "1.0", "1e3", "+5", "-  5", "٣"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(e)
for bad in ["", "nan", "-inf", "1_0.5", "1e", "0x10", " 2.5\n", "infinity", "1__0"]:
    try:
        print(repr(bad), float(bad))
    except ValueError as e:
        print(e)
d = dict.fromkeys("abc", 0)
d.update(b=1, d=2)
d |= {"e": 3}
print(d, d.pop("a"), d.pop("zz", None), d.popitem(), list(d.keys()), d.get("q", []))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print({1: "a", True: "b", 1.0: "c"}, {0, False, 0.0}, {(1, 2): 3}[1, 2])
ll = [5, 2, 9]
ll.extend(range(3))
ll.insert(-1, 100)
ll.insert(100, 7)
ll.remove(2)
print(ll, ll.pop(0), ll.pop(-2), ll, sorted(ll, reverse=True), ll.copy() == ll, ll.clear(), ll)
try:
    [].remove(1)
except ValueError as e:
    print(e)
try:
    [1].index(5)
except ValueError as e:
    print(e)
t = (1, 2, 3)
print(t + (4,), t * 2, t[::-1], t.count(1), 2 in t, tuple(reversed(t)), min(t), t < (1, 2, 4))
nested = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
nested.sort()
print(nested, sorted(nested, key=lambda p: p[1], reverse=True))
print(list(map(lambda p: p[0], nested)), [p for p, _ in nested], dict(nested))
print(str(12).zfill(5), "x".join("abc"), "abc"[5:10], "abc"[-10:2], "%.3s" % "abcdef", "a-b-c".split("-", maxsplit=1))
print(max("apple", "banana", key=len), min([3, 1], [2, 5]), max(1, 2.5, True), min("b", "a", "c"))
try:
    max(1, "a")
except TypeError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
print(abs(-0.0), -0.0 == 0.0, 0.0 == -0.0, str(-0.0), 1 / float("inf"), float("inf") - float("inf"))
print(10 // 3, -10 // 3, 10 % -3, -10 % -3, 2 ** 63, -2 ** 63, (-2) ** 63, 2 ** 0.5 * 2 ** 0.5 == 2)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(e)
try:
    print(int(float("inf")))
except OverflowError as e:
    print(e)
try:
    print(int(float("nan")))
except ValueError as e:
    print(e)
try:
    print(10 ** -1, 0 ** -1)
except ZeroDivisionError as e:
    print(e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(1 // 0.0)
except ZeroDivisionError as e:
    print(e)
try:
    print(divmod(1.0, 0))
except ZeroDivisionError as e:
    print(e)
