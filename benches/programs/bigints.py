# Big integers: factorial, powers, modular arithmetic, conversion to str.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def work():
    f = factorial(3000)
    check = f % 1000000007 + len(str(f % 10 ** 4000))
    p = 3 ** 20000
    check += p % 1000000007
    x = 1
    for i in range(1, 4000):
        x = x * 12345678901234567 + i
        x = x % (2 ** 3000)
    check += x % 998244353
    a, b = 0, 1
    for _ in range(20000):
        a, b = b, a + b
    check += a % 1000000009 + len(str(b % 10 ** 1000))
    m = 10 ** 30 + 57
    base, e, r = 7, 123456, 1
    while e:
        if e & 1:
            r = r * base % m
        base = base * base % m
        e >>= 1
    check += r % 1000003
    return check


print(work())
