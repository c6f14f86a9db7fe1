text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair, we had everything before us, we had
nothing before us, we were all going direct to Heaven, we were all going direct
the other way -- in short, the period was so far like the present period."""

def tokenize(t):
    words = []
    for raw in t.split():
        w = raw.strip(".,;:!?-\"'").lower()
        if w:
            words.append(w)
    return words

words = tokenize(text)
print("total words:", len(words), "unique:", len(set(words)))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
for w, c in top:
    print(f"{w:<10}{c:>4} {'*' * c}")
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
print(max(lines, key=len))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
print({c: letters[c] for c in "aeiou"})
caps = [w for w in text.split() if w[0].isupper()]
print(caps)
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted([(v, k) for k, v in bigrams.items() if v > 2], reverse=True))
print(text.count("it was"), text.lower().count("it was"), text.find("wisdom"), text.rfind("was"))
sentences = [s.strip() for s in text.replace("\n", " ").split(",")]
print(len(sentences), sentences[:3])
acronym = "".join([w[0].upper() for w in "portable network graphics".split()])
print(acronym)
print(" ".join([w.capitalize() for w in words[:8]]), words[:8][::-1])
