def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def binomial(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))

def catalan(n):
    return binomial(2 * n, n) // (n + 1)

for n in [0, 1, 5, 10, 20, 30, 50]:
    f = factorial(n)
    print(f"{n}! = {f} ({len(str(f))} digits, trailing zeros {len(str(f)) - len(str(f).rstrip('0'))})")
print([catalan(i) for i in range(15)])
print([binomial(10, k) for k in range(11)])
print(2 ** 100, 3 ** 64, -(7 ** 30), (2 ** 64 - 1) // 255, (10 ** 40 + 7) % 97)
print(pow(2, 1000, 10 ** 9 + 7), pow(12345678901234567890, 3, 998244353), pow(-3, 5), pow(2, -3))
a = 123456789123456789123456789
b = 987654321987654321
print(a * b, a // b, a % b, divmod(a, -b), -a // b, a ^ b, a & b, a | b, a >> 20, b << 70)
print(a.bit_length(), (-a).bit_length(), abs(-a) == a, a > b, a == a + 0, hash(2**61 - 1), hash(2**61), hash(-2**65))
print(int(str(a)[::-1]), str(a).count("9"), format(a, ","), format(a, "x"), format(b, "e"), float(a), a / b)

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

print(isqrt(10 ** 50), isqrt(2 * 10 ** 40), isqrt(99))

def pi_digits(n):
    # Machin-like formula with big integers
    def arctan_inv(x, unity):
        total = term = unity // x
        x2 = x * x
        k = 3
        sign = -1
        while term:
            term //= x2
            total += sign * (term // k)
            sign = -sign
            k += 2
        return total
    unity = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)

p = pi_digits(100)
print(p[0] + "." + p[1:])

def to_words(n):
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
    if n < 1000:
        return ones[n // 100] + " hundred" + (" and " + to_words(n % 100) if n % 100 else "")
    for size, word in [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]:
        if n >= size:
            return to_words(n // size) + " " + word + ((", " if n % size >= 100 else " and ") + to_words(n % size) if n % size else "")

for n in [0, 13, 40, 99, 101, 342, 1000, 1001, 12345, 1000000, 987654321, 2 ** 31]:
    print(n, "->", to_words(n))
print(sum([len(to_words(i).replace(" ", "").replace("-", "").replace(",", "")) for i in range(1, 1001)]))
