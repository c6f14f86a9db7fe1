d = {"a": 1, "b": 2}
d["c"] = 3
d[10] = "ten"
d[(1, 2)] = "pair"
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "b" in d, "q" not in d)
del d["b"]
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
print(d.pop("a"), d.setdefault("n", []), d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
sq = {i: i * i for i in range(5)}
print(sq, dict(a=1, b=2), dict([(1, 2), (3, 4)]), {**sq, 9: 81})
print({1: "x", 1.0: "y", True: "z"}, {} == {}, {1: 2} == {1: 2}, d.keys())
e = dict(sq)
e.update({0: "zero"})
print(e, e.popitem(), len(e))
