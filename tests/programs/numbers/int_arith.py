# int operators on small values, signs of // and %, and their results' types.
vals = [0, 1, -1, 7, -7, 3, -3, 10, -10, 123456789]
for a in vals:
    row = []
    for b in vals:
        if b == 0:
            continue
        row.append((a + b, a - b, a * b, a // b, a % b, a / b))
    print(a, row[:3], row[-1])
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(2 ** 10, (-2) ** 3, 2 ** 0, 0 ** 0, (-1) ** 1001)
print(2 ** -2, (-2) ** -3, 10 ** -1)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, -5 & 3, -5 | 3, -5 ^ 3)
print(1 << 10, 1 << 63, 1 << 64, -1 << 70, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100)
print(-(5), +(5), -(-5), abs(-5), abs(5), abs(0))
print(type(7 / 7), 7 / 7, 1 / 3, -1 / 3, 2 / 4)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xff; print(x)
x |= 0x100; print(x)
x ^= 0x1ff; print(x)
x /= 2; print(x)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
print(-9223372036854775808 // -1, -9223372036854775808 % -1, abs(-9223372036854775808))
print(-(-9223372036854775808), ~9223372036854775807)
print(3 * 4 + 2 ** 3 ** 2 - 10 // 3 % 2)
