# String work: concatenation, join, split, format, methods.
def work(n):
    parts = []
    for i in range(n):
        parts.append("item%d" % i)
    s = ",".join(parts)
    pieces = s.split(",")
    total = len(s) + len(pieces)
    acc = ""
    for i in range(2000):
        acc += str(i)
    total += len(acc)
    out = []
    for p in pieces[:20000]:
        out.append("{}-{}".format(p.upper(), len(p)))
        out.append(f"{p}:{len(p):>4}")
    joined = "|".join(out)
    total += len(joined) + joined.count("ITEM1") + joined.find("ITEM19999")
    words = ("the quick brown fox jumps over the lazy dog " * 2000).split()
    total += sum([len(w) for w in [w.strip().lower() for w in words if w.startswith("t")]])
    total += len(" ".join(reversed(words)).replace("o", "0"))
    return total


check = 0
for _ in range(4):
    check += work(40000)
print(check)
