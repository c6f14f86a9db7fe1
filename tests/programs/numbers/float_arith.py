# float operators: // and % signs, signed zeros, true division, powers, in-place forms.
vals = [0.0, -0.0, 1.5, -1.5, 7.25, -7.25, 3.0, 1e300, 1e-300]
for a in vals:
    out = []
    for b in vals:
        if b == 0:
            continue
        out.append((a + b, a - b, a * b, a / b, a // b, a % b))
    print(a, out[0], out[-1])
print(7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2, 0.0 % 5, -0.0 % 5, 0.0 % -5)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1), divmod(-0.0, 1.0))
print(1.0 // 0.1, 1.0 % 0.1, 6.0 // 3.0, -6.0 // 3.0)
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 3, (-2.0) ** 2, 4.0 ** 0.5, 0.0 ** 0, 0.0 ** 2.5)
print(1.0 ** float("inf"), (-1.0) ** float("inf"), 2.0 ** float("-inf"), 0.5 ** float("inf"))
print(float("inf") ** 0, float("nan") ** 0, 1 ** float("nan"), float("inf") ** -1)
print((-0.0) ** 3, (-0.0) ** 2, (-0.0) ** -0.0)
print(0.1 + 0.2, 0.1 * 3, 1.1 - 1.0, 1e16 + 1, 3 * 0.1 == 0.3, 1 / 3 * 3)
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0))
x = 1.5
x += 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 0.5; print(x)
x %= 1.5; print(x)
x **= 3; print(x)
x -= 10; print(x)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, 2.0 ** 1023 * 2)
print(2 ** 0.5, 10 ** -2, 10 ** 0.5, 8 ** (1 / 3), (1 / 3) * 3 == 1)
