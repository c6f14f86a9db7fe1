# Dict work: insert, lookup, update, iterate, delete, with int and str keys.
def work(n):
    d = {}
    for i in range(n):
        d[i * 7 % 10007] = i
    hits = 0
    for i in range(n):
        if i in d:
            hits += d[i]
    names = {}
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    for i in range(n):
        w = words[i % 8]
        names[w] = names.get(w, 0) + i
    total = 0
    for k, v in d.items():
        total += k ^ v
    for k in names:
        total += len(k) * names[k]
    for i in range(0, n, 3):
        key = i * 7 % 10007
        if key in d:
            del d[key]
    total += len(d) + sum(d.values())
    return (hits + total) % 1000000007


acc = 0
for _ in range(6):
    acc = (acc + work(60000)) % 1000000007
print(acc)
