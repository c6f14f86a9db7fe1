import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, Color.RED in Color)
print([m.name for m in Color], Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE + 1, Shape.SQUARE == 2, sorted([Shape.SQUARE, Shape.CIRCLE]), str(Shape.CIRCLE), format(Shape.SQUARE))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), ~Perm.R)

class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, IP.A | 4, int(IP.B))

class Auto(Enum):
    ONE = auto()
    TWO = auto()
print(list(Auto), Auto.TWO.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.EARTH.mass)

class Str(str, Enum):
    A = "a"
print(Str.A == "a", Str.A.upper(), repr(Str.A))

F = Enum('F', 'X Y Z')
print(list(F), F.Y.value)
G = Enum('G', [('P', 10), ('Q', 20)])
print(G.Q, G(10))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.RED])
print(Color.RED.__class__.__name__, isinstance(Color.RED, Color), type(Color))
class StrE(enum.StrEnum):
    X = auto()
print(repr(StrE.X), StrE.X)
print(enum.Enum.__members__ if False else "ok")
