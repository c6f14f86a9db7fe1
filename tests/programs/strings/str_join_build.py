parts = []
for k in range(12):
    parts.append(("x" if k % 2 else "é") * k)
joined = "|".join(parts)
print(joined, len(joined), joined.count("|"), joined.split("|")[5], joined.rsplit("|", 2)[-1])
acc = ""
for ch in "The quick brown fox":
    if ch.isupper():
        acc += ch.lower()
    elif ch == " ":
        acc += "_"
    else:
        acc += ch.upper()
print(acc, acc.swapcase(), acc.title(), acc.capitalize(), acc[::-1].center(25, "."))
words = "the rain in spain stays mainly in the plain".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()), max(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print(", ".join(f"{w}={c}" for w, c in [("a", 1)]) if False else ", ".join([f"{w}={c}" for w, c in sorted(counts.items())]))
print("%-8s|%8s|" % ("left", "right"), "{:-^20}".format(" mid "), "".join(sorted("sorting")), "".join([c for c in "a1b2c3" if c.isdigit()]))
