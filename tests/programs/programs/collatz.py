def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps

cache = {1: 1}
def collatz_len(n):
    if n in cache:
        return cache[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    result = 1 + collatz_len(nxt)
    cache[n] = result
    return result

print(collatz(6))
print(collatz(27)[:15], len(collatz(27)), max(collatz(27)))
best = max(range(1, 3000), key=collatz_len)
print("longest under 3000:", best, collatz_len(best))
hist = {}
for n in range(1, 200):
    l = collatz_len(n)
    bucket = l // 20 * 20
    hist[bucket] = hist.get(bucket, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket:3d}-{bucket + 19:3d} | {'#' * hist[bucket]} ({hist[bucket]})")
print(len(cache) > 3000)

def digits_sum(n):
    return sum([int(d) for d in str(n)])

def digital_root(n):
    while n >= 10:
        n = digits_sum(n)
    return n

def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum([int(d) ** 2 for d in str(n)])
    return n == 1

print([digital_root(n) for n in [0, 9, 10, 38, 123456789, 2**100]])
print([n for n in range(1, 60) if happy(n)])
print(digits_sum(2 ** 1000), digits_sum(3 ** 500))

def perfect_numbers(limit):
    return [n for n in range(2, limit) if sum([d for d in range(1, n // 2 + 1) if n % d == 0]) == n]
print(perfect_numbers(1000))

def armstrong(n):
    s = str(n)
    return n == sum([int(c) ** len(s) for c in s])
print([n for n in range(1, 10000) if armstrong(n)])
