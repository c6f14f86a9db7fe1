import math

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, a, k, '->', repr(r))
    except Exception as e:
        print(f.__name__, a, k, '!!', type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, math.nan)
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh',
             'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'log1p', 'sin', 'sinh', 'sqrt',
             'tan', 'tanh', 'gamma', 'lgamma', 'log', 'log2', 'log10', 'degrees', 'radians',
             'isfinite', 'isinf', 'isnan', 'frexp', 'modf', 'ulp', 'floor', 'ceil', 'trunc']:
    f = getattr(math, name)
    for x in [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, -2.0, 3.7, 1e-300, 1e300, 710.0, -710.0,
              math.inf, -math.inf, math.nan, 5, -3, True, 10**20]:
        t(f, x)
    t(f, 'a')
    t(f)
    t(f, 1, 2)

for name in ['atan2', 'copysign', 'remainder', 'pow', 'fmod', 'nextafter', 'ldexp']:
    f = getattr(math, name)
    for x, y in [(1.0, 2.0), (-1.0, 0.0), (0.0, -1.0), (2.0, 1024), (10.0, 3.0),
                 (-10.0, 3.0), (math.inf, 2.0), (2.0, math.inf), (math.nan, 0.0),
                 (1.0, math.nan), (-8.0, 1/3), (0.0, 0.0), (5.5, -math.inf), (3, 2),
                 (1e308, 10)]:
        t(f, x, y)
    t(f, 1.0)

t(math.ldexp, 1.0, 1.5)
t(math.ldexp, 1.0, 10**30)
t(math.ldexp, 1.0, -10**30)
t(math.ldexp, 0.5, 1025)
for n in [0, 1, 5, 20, 21, 30, 100, -1, 2.0, 'x', 10**20]:
    t(math.factorial, n)
for n in [0, 1, 15, 16, 17, 10**40, 2**200 + 5, -1, 3.0]:
    t(math.isqrt, n)
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (100, 50), (-1, 2), (3, -1), (1.0, 2), (10**20, 3), (60, 30)]:
    t(math.comb, n, k)
    t(math.perm, n, k)
t(math.perm, 5)
t(math.perm, 5, None)
t(math.perm)
t(math.perm, 1, 2, 3)
t(math.comb, 1)
t(math.gcd)
t(math.gcd, -12)
t(math.gcd, 12, 18, 27)
t(math.gcd, 0, 0)
t(math.gcd, 2**100, 2**60 * 3)
t(math.gcd, 1.5, 2)
t(math.lcm)
t(math.lcm, 4, 6, 10)
t(math.lcm, 4, 0, 10)
t(math.lcm, -4, 6)
t(math.log, 8, 2)
t(math.log, 100, 10)
t(math.log, 10, 1)
t(math.log, 10**400)
t(math.log10, 10**400)
t(math.log2, 2**1000)
t(math.log2, 2**1100 + 1)
t(math.log, 0)
t(math.log, -5)
t(math.log)
t(math.log, 1, 2, 3)
t(math.log, 1, 0.0)
t(math.fsum, [0.1] * 10)
t(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
t(math.fsum, [1e-16, 1, 1e16])
t(math.fsum, [math.inf, 1])
t(math.fsum, [math.inf, -math.inf])
t(math.fsum, [1e308, 1e308])
t(math.fsum, [math.nan, 1])
t(math.fsum, [])
t(math.fsum, ['a'])
t(math.fsum, 3)
t(math.prod, [1, 2, 3, 4])
t(math.prod, [1.5, 2, 3])
t(math.prod, [], start=5)
t(math.prod, [2, 3], start=0.5)
t(math.prod, range(1, 30))
t(math.prod, ['a', 3])
t(math.prod, [[1], 3])
t(math.hypot)
t(math.hypot, 3, 4)
t(math.hypot, 3, 4, 12)
t(math.hypot, -5)
t(math.hypot, 1e-320, 1e-320)
t(math.hypot, 1e308, 1e308)
t(math.hypot, math.inf, math.nan)
t(math.hypot, 1.1, 2.2, 3.3, 4.4)
t(math.dist, (0, 0), (3, 4))
t(math.dist, [1, 2, 3], [4, 5, 6])
t(math.dist, (1,), (2, 3))
t(math.dist, 1, 2)
t(math.isclose, 1.0, 1.0 + 1e-10)
t(math.isclose, 1.0, 1.1)
t(math.isclose, 1.0, 1.1, rel_tol=0.2)
t(math.isclose, 0.0, 1e-10, abs_tol=1e-9)
t(math.isclose, 1.0, 1.0, rel_tol=-1)
t(math.isclose, math.inf, math.inf)
t(math.isclose, math.inf, -math.inf)
t(math.isclose, math.nan, math.nan)
t(math.isclose, 1)
t(math.isclose, 1, 2, 3)
t(math.isclose, 1, 2, foo=3)
t(math.ulp, 1.0)
t(math.ulp, 1.7976931348623157e308)
t(math.ulp, 5e-324)

class R:
    def __repr__(self): return type(self).__name__ + '()'
class F(R):
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
class G(R):
    def __float__(self): return 2.5
class H(R):
    def __index__(self): return 7
class FF(float):
    pass
t(math.floor, F()); t(math.ceil, F()); t(math.trunc, F())
t(math.floor, G()); t(math.ceil, G()); t(math.trunc, G())
t(math.floor, H()); t(math.sqrt, G()); t(math.sqrt, H())
t(math.floor, FF(2.5)); t(math.trunc, FF(-2.5))
t(math.floor, 10**30); t(math.floor, -7); t(math.trunc, True)
t(math.floor, 1e300)
t(math.factorial, H())
t(math.gcd, H(), 21)
t(math.sqrt, 10**400)
t(math.exp, 10**400)
print(math.sqrt(2), math.sin(1), math.exp(1), math.log(2), math.gamma(0.5), math.lgamma(0.5))
print([math.gamma(x / 3) for x in range(-10, 30) if x % 3])
print([math.lgamma(x / 7) for x in range(-10, 30) if x % 7])
print([math.erf(x / 4) for x in range(-10, 10)])
print(sum(math.factorial(n) % 1000003 for n in range(200)))
print(math.factorial(1000) % (10**30 + 57))
print(math.comb(1000, 500) % (10**30 + 57), math.perm(300, 150) % 998244353)
