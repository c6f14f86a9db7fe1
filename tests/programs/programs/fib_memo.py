memo = {}
calls = 0

def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_closure():
    cache = {0: 0, 1: 1}
    def f(n):
        if n not in cache:
            cache[n] = f(n - 1) + f(n - 2)
        return cache[n]
    return f, cache

def fib_matrix(n):
    def mul(A, B):
        return [[A[0][0]*B[0][0] + A[0][1]*B[1][0], A[0][0]*B[0][1] + A[0][1]*B[1][1]],
                [A[1][0]*B[0][0] + A[1][1]*B[1][0], A[1][0]*B[0][1] + A[1][1]*B[1][1]]]
    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mul(result, base)
        base = mul(base, base)
        n >>= 1
    return result[0][1]

for n in [0, 1, 2, 10, 20, 50, 90]:
    print(n, fib(n), fib_iter(n), fib_matrix(n))
print("calls:", calls, "memo size:", len(memo))
f, cache = fib_closure()
print(f(100), len(cache))
print(fib_matrix(300))
print(str(fib_iter(1000))[:20], len(str(fib_iter(1000))))
even = [x for x in [fib_iter(i) for i in range(40)] if x % 2 == 0 and x < 4_000_000]
print(even, sum(even))

def tribonacci(n, memo={}):
    if n in memo:
        return memo[n]
    if n < 3:
        return [0, 0, 1][n]
    memo[n] = tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)
    return memo[n]

print([tribonacci(i) for i in range(15)])
print(sorted(tribonacci.__defaults__[0].items())[:5])

def count_ways(n, steps=(1, 2, 3), memo=None):
    if memo is None:
        memo = {}
    if n == 0:
        return 1
    if n < 0:
        return 0
    if n in memo:
        return memo[n]
    memo[n] = sum([count_ways(n - s, steps, memo) for s in steps])
    return memo[n]

for n in range(0, 12):
    print(n, count_ways(n), count_ways(n, (1, 2)), count_ways(n, steps=[2, 5]))
