print(2**1000)
print(-(2**200) // 3, -(2**200) % 7, divmod(-(2**100), 12345))
print(10**50 / 10**48, 10**400 // 10**399)
try:
    10**400 / 1
except OverflowError as e:
    print(e)
try:
    float(10**400)
except OverflowError as e:
    print(e)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324, 5e-324 / 2, 2.2250738585072014e-308)
print(1.7976931348623157e308, float('1e309'), float('-1e309'))
print(0.1 + 0.2, 1/3, 2/3, 100.0, 1e22, 1e23, 123456789.123456789, 0.000001, 0.0000001)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1e20), round(123, -2))
print(int(1e20), int(-1e20), int(1.9999999999999999), int(-0.5))
print(float.fromhex('0x1.fffffffffffffp+1023'), (1e308).hex())
print(2**63, -2**63, 2**63 - 1, -(2**63) - 1, 2**64 + 1)
print((2**63 - 1) + 1, (-2**63) - 1, (2**62) * 2, -(-2**63), abs(-2**63), (-2**63) // -1)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7.5, -2))
print(2 ** -1, (-2) ** 0.5, 0 ** 0, 0.0 ** 0, pow(2, 100, 7), pow(3, -1, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print(10**18, 10**19, -10**19, 999999999999999999999 + 1)
print(1_000_000, 0x_ff, 0o17, 0b101, 1_0.5)
print(int('1_000'), int('  42  '), int('-0x1f', 16), int('0b11', 0), int('z', 36))
print(float('  1.5 '), float('inf'), float('-Infinity'), float('nan'), float('1_0.5'))
print(str(2**64).count('1'), len(str(10**1000)))
print(abs(-0.0), -0.0, 0.0 == -0.0, (-0.0).__repr__())
print(1e15, 1e16, 1.0e-4, 1.0e-5, 12345678901234567890.0)
