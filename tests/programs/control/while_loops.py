# while loops: counters, sentinels, nested, algorithms.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(48, 18), gcd(17, 5), gcd(0, 9))


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz(i) for i in range(1, 12)])


def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28), binary_search([], 1))
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
i = 0
j = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        if i + j == 3:
            break
        print(i, j)
        j += 1
    i += 1


def digits(n):
    out = []
    while True:
        out.append(n % 10)
        n //= 10
        if n == 0:
            break
    return out[::-1]


print(digits(9021), digits(0))
n = 10
while n:
    n -= 3
    if n < 0:
        print("went negative", n)
        break
else:
    print("clean exit")
primes = []
cand = 2
while len(primes) < 10:
    k = 2
    while k * k <= cand:
        if cand % k == 0:
            break
        k += 1
    else:
        primes.append(cand)
    cand += 1
print(primes)
