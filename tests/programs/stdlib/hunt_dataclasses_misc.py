import dataclasses, typing, copy, fractions, textwrap
from dataclasses import dataclass, field
@dataclass(order=True)
class V:
    x: int
    y: int = 0
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
print(V(1) + V(2, 3), V(1) <= V(1), V(2) > V(1, 9), V.__lt__.__name__, V.__eq__ is not None)
@dataclass
class Inv:
    items: list[int] = field(default_factory=lambda: [1, 2])
    total: int = field(init=False, default=0)
    def __post_init__(self): self.total = sum(self.items)
print(Inv(), Inv([5]), dataclasses.asdict(Inv()))
print(repr(V), V.__doc__, V.__init__.__doc__ if False else '', str(V(1)))
@dataclass(frozen=True)
class FP:
    a: tuple = ()
print(hash(FP((1,))) == hash(((1,),)), FP() == FP(), copy.copy(FP((1,))), dataclasses.replace(FP(), a=(2,)))
try:
    @dataclass(frozen=True)
    class FC(V): pass
except TypeError as e: print(e)
try:
    @dataclass(order=True)
    class OO:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try: dataclasses.field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass
class WithProp:
    _x: int = 0
    @property
    def x(self): return self._x
print(WithProp(3).x, dataclasses.fields(WithProp)[0].name)
@dataclass
class Gen(typing.Generic[typing.TypeVar('T')]):
    v: 'T'
print(Gen(1), Gen[int](2))
class Plain:
    a: int = 1
print(dataclasses.is_dataclass(Plain), dataclasses.is_dataclass(V(1)))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass
class Defaults:
    a: int = 1
    b: str = 'x'
    c: float = 1.5
    d: tuple = (1,)
    e: None = None
print(Defaults(), Defaults.a, Defaults.__init__.__defaults__ if False else '')
print(dataclasses.astuple(V(1, 2), tuple_factory=list), dataclasses.asdict(V(1, 2), dict_factory=lambda kv: sorted(kv)))
@dataclass
class TrackChildren:
    name: str
    parent: 'TrackChildren | None' = None
t = TrackChildren('a', TrackChildren('b'))
print(t, dataclasses.asdict(t))
@dataclass
class CV:
    x: typing.ClassVar[list] = []
    y: dataclasses.InitVar[int] = 3
    def __post_init__(self, y): self.z = y
c = CV(); print(c, c.z, dataclasses.fields(CV))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k-l", 5, break_on_hyphens=False), textwrap.wrap("word " * 5, 10, max_lines=1, placeholder='...'))
print(textwrap.TextWrapper(width=12, initial_indent='* ').fill("hello there general kenobi"), textwrap.dedent("\n\n  x\n\n"))
print(fractions.Fraction(1, 3).__round__(), fractions.Fraction('3/4') ** 0.5, str(fractions.Fraction(-1, -3)), fractions.Fraction(3, -6))
