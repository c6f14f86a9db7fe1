import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color))
print(Color(2), Color['BLUE'], len(Color), Color.__members__.keys())
print(f"{Color.RED}", format(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value)
try: Color(7)
except ValueError as e: print(type(e).__name__, e)
try: Color['X']
except KeyError as e: print(type(e).__name__, e)
try:
    @unique
    class D(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
class N(IntEnum):
    ONE = 1; TWO = 2
print(N.ONE + 1, N.ONE == 1, repr(N.TWO), str(N.TWO), f"{N.TWO}", format(N.TWO, '03d'), N(2), sorted([N.TWO, N.ONE]))
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(P.R | P.W, repr(P.R | P.W), P(0), repr(P(0)), P.R in (P.R|P.X), list(P.R|P.X), ~P.R, repr(~P.R), bool(P(0)))
class IP(IntFlag):
    A = 1; B = 2; C = 4
print(IP.A | IP.B, repr(IP.A|IP.B), IP(8), repr(IP(9)), IP.A | 8, str(IP.A|IP.B), format(IP.C))
class S(StrEnum):
    X = auto(); Y = 'yy'
print(S.X, repr(S.X), S.Y.upper(), S.X == 'x', f"{S.Y}")
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a': return cls.A
        return None
print(M('a'))
try: M('b')
except ValueError as e: print(e)
F = Enum('F', 'X Y Z')
print(list(F), F.X.value, repr(F.Z))
G = Enum('G', [('A', 10), ('B', 20)])
print(G.A, G(20))
H = IntEnum('H', {'P': 5, 'Q': 6})
print(H.P + H.Q)
def m(c):
    match c:
        case Color.RED: return "red"
        case Color.GREEN | Color.BLUE: return "gb"
print(m(Color.RED), m(Color.BLUE))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def g(self): return round(6.67e-11*self.mass/self.radius**2, 2)
print(Planet.EARTH.g, Planet.EARTH.value)
class A2(Enum):
    _ignore_ = ['tmp']
    x = 1
print(list(A2), Color.RED < Color.GREEN if False else 'skip')
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    class E2(Color): pass
except TypeError as e: print(e)
print(hash(Color.RED) == hash(Color.RED), Color.RED.__class__, type(Color), isinstance(Color.RED, Color))
print(dir(Color))
class Ord(Enum):
    def __lt__(self, o): return self.value < o.value
    A=1; B=2
print(sorted([Ord.B, Ord.A]))
print(enum.Flag.__members__ if False else P.__members__)
class St(Enum):
    A = 'a'
    def describe(self): return f"{self.name}:{self.value}"
print(St.A.describe(), St('a'))
print(repr(enum.auto()) if False else 1)
class W(IntFlag, boundary=enum.STRICT):
    A=1; B=2
try: W(7)
except ValueError as e: print(e)
print(P._value2member_map_ if False else P.W.value, (P.R|P.W).name, P(7).name)
