# conform: args alpha "beta gamma" 3
import sys

print(sys.argv[1:], len(sys.argv), type(sys.argv))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
vi = sys.version_info
print(vi.major, vi.minor, vi[0], vi[:2], vi >= (3, 8), vi < (4,), len(vi), vi.releaselevel, vi.serial)
print(type(vi).__name__, isinstance(vi, tuple), vi == tuple(vi), repr(vi)[:32])
print(sys.version.startswith(str(vi[0]) + "." + str(vi[1]) + "."), type(sys.version))
print(sys.getdefaultencoding(), sys.getrecursionlimit())
print(sys.intern("abc") == "abc", type(sys.intern("x")))
try:
    sys.intern(1)
except Exception as e:
    print(type(e).__name__, e)
print(type(sys.path), type(sys.modules), "sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
print(type(sys.executable), sys.implementation.name in ("cpython", "krait"))
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.verbose)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix, sys.float_info.rounds)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.__name__, type(sys).__name__, sys.stdout.__class__.__name__)
print(sys.getsizeof(1) > 0, type(sys.getsizeof([])))
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, repr(v))
    print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(2.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except Exception as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.getrecursionlimit(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.nope
except Exception as e:
    print(type(e).__name__, e)
