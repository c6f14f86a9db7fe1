# Big ints: arithmetic beyond 64 bits, normalization back to small, bit operations.
a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, b - a, a * b)
print(a // b, b // a, a % b, b % a, -a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-b, a))
print(a / b, b / a, a / 3)
print(a >> 50, a >> 100, a >> 200, -a >> 99, -a >> 1000)
print(a << 10, (a << 100) >> 100 == a)
print(a & b, a | b, a ^ b, ~a, -a & b, -a | b, -a ^ -b)
print(a - a, type(a - a), (a + 1) - a, a // a)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print(10 ** 50 // 7, 10 ** 50 % 7, (10 ** 50) ** 2)
print(pow(3, 200), pow(-3, 201))
print(abs(-a), -a, +a, a == 2 ** 100, a != b, a < b, a > b, a <= a)
f = 1
for k in range(1, 40):
    f *= k
print(f)
print(f // (2 ** 30), f % 1000000007)
print(int(str(f)) == f, len(str(f)), hash(f) == hash(int(str(f))))
print(123456789123456789123456789 * 987654321987654321987654321)
print((1 << 200) - 1, ((1 << 200) - 1).bit_length(), (-(1 << 200)).bit_length())
print(0xffffffffffffffffffff, 0o777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111111)
