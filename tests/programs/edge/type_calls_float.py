print(float.__add__(1.5, 2.5), (1.5).__add__(1), float.__mul__(2.0, 3))
print(float.is_integer(2.0), float.hex(1.0), float.fromhex('0x1p3'))
print(float.as_integer_ratio(0.5), float.__int__(3.7), float.__trunc__(-3.7))
print(float.__round__(2.675, 2), float.__round__(2.5), float.__floor__(2.5), float.__ceil__(2.5))
print(float.__eq__(1.0, 1), float.__lt__(1.0, 2), float.__add__(1.0, 'a'))
print((1.5).real, (1.5).imag, float.conjugate(1.5))
print(float.__mro__, type(1.0).__name__, (1.0).__class__)
print(float.__repr__(0.1), float.__str__(1e16), float.__format__(1.5, '.3f'))
print(float.__neg__(0.0), float.__abs__(-0.0), float.__bool__(0.0))
print(float.__divmod__(7.5, 2), float.__mod__(-7.5, 2), float.__pow__(2.0, 0.5))
print(float.__getnewargs__(1.5))
try:
    float.__add__(1, 2.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    float.__truediv__(1.0, 0.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    float.__floordiv__(1.0, 0.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    float.__mod__(1.0, 0.0)
except Exception as e:
    print(type(e).__name__, e)
print(complex.__add__(1j, 1), (1j).real, (1j).imag, complex.conjugate(1+2j))
print(complex.__mro__, type(1j).__name__, complex.__abs__(3+4j))
print(complex.__eq__(1j, 1j), complex.__ne__(1j, 1), complex.__lt__(1j, 1j))
