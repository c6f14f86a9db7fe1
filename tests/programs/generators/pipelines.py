def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

def islice(it, start, stop, step=1):
    i = 0
    for x in it:
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x
        i += 1

def gmap(f, it):
    for x in it:
        yield f(x)

def gfilter(pred, it):
    for x in it:
        if pred(x):
            yield x

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(take(10, primes())))
print(list(islice(naturals(), 5, 20, 3)))
print(list(take(5, gmap(lambda x: x * x, gfilter(lambda x: x % 3 == 0, naturals())))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))
print(sum(take(100, fib())))

def running_average():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

ra = running_average()
next(ra)
for v in [10, 20, 30, 5]:
    print(ra.send(v))

def grep(pattern):
    print("looking for", pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("matched", matches)

gp = grep("py")
next(gp)
for line in ["python", "rust", "pypy", "c"]:
    gp.send(line)
gp.close()

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefgh", 3)))

def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", range(5), (x for x in "XY"))))

gen = (x * 2 for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print([list(g) for g in ((c for c in w) for w in ["ab", "cd"])])
squares = {k: v for k, v in zip("abc", (i * i for i in naturals(1)))}
print(squares)
print(min((abs(x - 7), x) for x in [1, 5, 9, 12]))
print(sorted((x for x in "hello"), reverse=True))
print(" ".join(w.upper() for w in "a generator pipeline".split()))
print(any(x == 3 for x in naturals()), next(x for x in naturals() if x * x > 50))
print(list(map(lambda p: p[0] * p[1], zip(naturals(1), take(4, naturals(10))))))
