# Integers (small and big), floats, and their printing.
a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, divmod(a, b), divmod(-a, b))
print(2 ** 100, -(2 ** 64) + 1, (2 ** 100) // 3)
print(0.1 + 0.2, 1e16, 1.5e-7, 2.0 ** 0.5, 1 / 3)
print(abs(-5), abs(-2.5), round(2.675, 2), round(7.5), min(3, 1, 2), max(3, 1, 2))
print(True + True, 3 == 3.0, 1 < 2 < 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -8 >> 1)
