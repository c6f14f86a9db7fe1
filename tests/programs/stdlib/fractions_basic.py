from fractions import Fraction as F
import math
print(F(1, 3) + F(1, 6), F(3, 4) * 2, F(1, 2) ** 2, F(-7, 3) // 2, F(7, 3) % 1)
print(F('3.1415'), F(0.5), F('-1/3'), F(10, -4), repr(F(2, 4)))
print(F(1, 3) < 0.5, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), float(F(1, 3)))
print(F(355, 113).limit_denominator(10), round(F(7, 2)), round(F(5, 3), 2), math.floor(F(-1, 2)), math.ceil(F(1, 3)))
print(F(3, 4).as_integer_ratio(), F(3).numerator, F(6, 4).denominator, abs(F(-1, 2)))
print(F.from_float(0.1), F.from_decimal(__import__('decimal').Decimal('1.1')))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F('x')
except ValueError as e:
    print("ValueError", e)
print(str(F(5, 1)), F(1, 2) + 1j)
