import cmath

def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
vals = [0j, -0j, complex(0.0, -0.0), 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 0.5 - 0.25j,
        1e-310 + 1e-310j, 1e300 + 1e300j, -1e300 - 2e300j, 1e-20 + 1j, 0.7 + 0.7j, 1 + 1e-300j,
        800 + 1j, -800 + 2j, 3, 2.5, -4]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
             'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    for v in vals:
        t(f, v)
    t(f, 'x')
for r, phi in [(1, 0), (2, cmath.pi / 3), (1.5, -0.0), (0, 2), (3, -1.25), (1e308, 1e-5)]:
    t(cmath.rect, r, phi)
t(cmath.log, 8, 2); t(cmath.log, 1j, 1 + 1j); t(cmath.log, 10, 1); t(cmath.log, 0); t(cmath.log, 1, 2, 3)
t(cmath.polar, 1e308 + 1e308j)
t(cmath.isclose, 1 + 1j, 1 + 1.0000000001j); t(cmath.isclose, 1j, 2j); t(cmath.isclose, 1j, 1j, 5)
class Z:
    def __repr__(self): return 'Z()'
    def __complex__(self):
        return 3 + 4j
t(cmath.sqrt, Z()); t(cmath.phase, Z())
class F:
    def __repr__(self): return 'F()'
    def __float__(self):
        return 0.25
t(cmath.exp, F())
for z in [complex(cmath.inf, 0), complex(-cmath.inf, 0), complex(0, cmath.inf), complex(cmath.nan, 0),
          complex(cmath.inf, cmath.inf), complex(1, cmath.nan)]:
    for name in ['sqrt', 'exp', 'log', 'cosh', 'sinh', 'tanh', 'atanh', 'asinh', 'acos']:
        t(getattr(cmath, name), z)
