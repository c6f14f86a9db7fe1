def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, v in enumerate(is_prime) if v]

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def fmt_factors(f):
    return " * ".join([f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())])

primes = sieve(200)
print(len(primes), primes[:20], primes[-5:])
print(all([is_prime(p) for p in primes]))
print([n for n in range(50) if is_prime(n)] == sieve(49))
for n in [2, 12, 360, 97, 1001, 65536, 123456789, 600851475143]:
    print(f"{n} = {fmt_factors(factorize(n))}")
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print("twins:", twins)
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("gaps:", dict(sorted(gaps.items())))
goldbach = {}
pset = set(primes)
for even in range(4, 60, 2):
    for p in primes:
        if even - p in pset:
            goldbach[even] = (p, even - p)
            break
print(goldbach)
print(sum(primes), max(primes), min(primes))
