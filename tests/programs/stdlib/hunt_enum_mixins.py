import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, global_enum, EnumCheck, FlagBoundary
class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    A = auto(); B = auto()
print(list(Lower), Lower.A.value)
class Z(Enum):
    _order_ = 'A B'
    A = 1; B = 2
print(Z.A)
try:
    class ZZ(Enum):
        _order_ = 'B A'
        A = 1; B = 2
except TypeError as e: print(e)
class Perm(Flag):
    R = 4; W = 2; X = 1
    RWX = 7
    NONE = 0
print(list(Perm), Perm.RWX, repr(Perm.RWX), Perm(6), Perm.R | Perm.W | Perm.X, Perm.NONE, list(Perm.RWX), len(Perm.RWX), Perm.R & Perm.W)
print(Perm.__members__.keys(), Perm(0) is Perm.NONE, ~Perm.RWX, Perm.R ^ Perm.RWX)
class Color(IntFlag):
    RED = auto(); GREEN = auto(); BLUE = auto()
print(Color.RED | Color.BLUE, Color(3), str(Color(3)), f"{Color.RED}", Color.RED + 1, Color(0), repr(Color(0)), ~Color.RED, repr(~Color.RED), Color(7) == 7)
print(Color.RED in Color(5), 1 in Color(5) if False else '', list(Color(7)), Color(5).name, bool(Color(0)))
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class V2(Enum):
        A = 1; C = 3
except ValueError as e: print(e)
class MM(Enum):
    __repr__ = lambda s: s.name
    A = 1
    f = nonmember(5)
    @member
    def g(): return 1
print(list(MM), MM.f)
class Mix(str, Enum):
    X = 'x'
print(Mix.X, repr(Mix.X), f"{Mix.X}", Mix.X == 'x', Mix.X + 'y', format(Mix.X, '>3'))
class IMix(int, Enum):
    ONE = 1
print(IMix.ONE, f"{IMix.ONE}", repr(IMix.ONE), IMix.ONE + 1)
class FE(float, Enum):
    PI = 3.14
print(FE.PI, repr(FE.PI))
class Animal(Enum):
    DOG = 'dog'
    CAT = 'cat'
    def __str__(self): return self.value.title()
    @property
    def sound(self): return {'dog': 'woof', 'cat': 'meow'}[self.value]
print(Animal.DOG, f"{Animal.CAT}", Animal.DOG.sound, [str(a) for a in Animal])
print(Animal.DOG.__reduce_ex__(4) if False else 0, Animal['CAT'] is Animal('cat'), Animal.CAT in Animal, 'cat' in [a.value for a in Animal])
try: 'cat' in Animal
except TypeError as e: print(e)
print(repr(Animal), str(Animal), Animal.__name__, Animal.DOG.__class__.__name__, type(Animal.DOG).__mro__)
class E1(Enum):
    A = 1
    B = 2
    def __repr__(self): return f'E1<{self.name}>'
print([E1.A], E1(1))
class Sh(IntEnum):
    A = 1
    B = 2
print(Sh.A < Sh.B, max(Sh), Sh.A * 3, list(range(Sh.B)), [0, 1, 2][Sh.B], hex(Sh.B), Sh(2) is Sh.B, Sh.__members__['A'])
print(enum.IntEnum.__mro__, isinstance(Sh.A, int))
C = Enum('C', 'A B', start=10); print(list(C), C.__module__)
D = Enum('D', 'X,Y', module=__name__, qualname='D'); print(D.X)
try: Enum('Bad', 'mro')
except ValueError as e: print(e)
try:
    class Bad(Enum):
        _sunder_ = 1
except ValueError as e: print(e)
try:
    class Bad2(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
class Wk(Enum):
    MON = 1; TUE = 2
    @classmethod
    def today(cls): return cls.MON
print(Wk.today(), Wk.MON.name, Wk._member_names_, Wk._value2member_map_, Wk.MON._name_, Wk.MON._value_)
print(hash(Wk.MON) == hash('MON'), Wk.MON == 1, Wk.MON != Wk.TUE, {Wk.MON: 1}[Wk.MON])
print(StrEnum('SE', 'A B').A, repr(StrEnum('SE', 'A B').B))
class SE(StrEnum):
    A = 'a'
try:
    class SE2(StrEnum): B = 1
except TypeError as e: print(e)
print(SE.A.upper(), SE('a'), SE.A.value, len(SE.A))
print(Flag.__members__ if False else Perm._missing_ and 1, Perm(8) if False else '', Color(8), repr(Color(9)))
try: Perm(8)
except ValueError as e: print(e)
class KF(Flag, boundary=enum.KEEP):
    A = 1
print(KF(3), repr(KF(3)))
class CF(Flag, boundary=enum.CONFORM):
    A = 1; B = 2
print(CF(7), repr(CF(5)))
print(enum.show_flag_values(7) if hasattr(enum,'show_flag_values') else '', Perm.R.value, Perm._numeric_repr_ if False else '')
import pickle
print(pickle.loads(pickle.dumps(Wk.TUE)) is Wk.TUE, pickle.loads(pickle.dumps(Perm.R|Perm.W)))
