def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)

def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0

def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y

def modinv(a, m):
    g, x, _ = ext_gcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m

pairs = [(12, 18), (17, 5), (0, 9), (100, 75), (-24, 36), (2**40, 2**32 * 3), (1071, 462)]
for a, b in pairs:
    print(f"gcd({a}, {b}) = {gcd(a, b)}; rec = {gcd_rec(a, b)}; lcm = {lcm(a, b)}")
for a, b in [(240, 46), (35, 15), (7, 3)]:
    g, x, y = ext_gcd(a, b)
    print(a, b, "->", g, x, y, a * x + b * y == g)
for a, m in [(3, 11), (10, 17), (7, 26), (4, 8)]:
    try:
        print(f"inverse of {a} mod {m} is {modinv(a, m)}")
    except ValueError as e:
        print("ValueError:", e)
    print("pow check:", pow(a, -1, m) if gcd(a, m) == 1 else None)
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print("lcm 1..20 =", total)

def reduce_frac(n, d):
    if d == 0:
        raise ZeroDivisionError("denominator is zero")
    g = gcd(n, d)
    n, d = n // g, d // g
    if d < 0:
        n, d = -n, -d
    return n, d

for n, d in [(6, 8), (-3, -9), (5, -10), (0, 7), (1, 0)]:
    try:
        print(reduce_frac(n, d))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

def add_frac(a, b):
    return reduce_frac(a[0] * b[1] + b[0] * a[1], a[1] * b[1])

acc = (0, 1)
for k in range(1, 11):
    acc = add_frac(acc, (1, k))
    print(f"H({k}) = {acc[0]}/{acc[1]} ~ {acc[0] / acc[1]:.6f}")
