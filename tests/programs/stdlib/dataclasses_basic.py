import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, make_dataclass
from typing import List, ClassVar

@dataclass
class P:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
p = P(1)
print(p, p == P(1, 0, []), p != P(2), repr(P(3, 4, ['a'])))
print(asdict(p), astuple(P(1, 2, ['t'])), replace(p, y=9), [f.name for f in fields(P)])
print(P.__init__.__doc__ if False else "", P.__match_args__, dataclasses.is_dataclass(p), dataclasses.is_dataclass(P))

@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(sorted([V(2), V(1, "b"), V(1, "a")]), V(1) < V(2), hash(V(1)) == hash(V(1)))
try:
    V(1).a = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)

@dataclass
class Post:
    a: int
    b: int = field(init=False)
    c: InitVar[int] = 3
    def __post_init__(self, c):
        self.b = self.a * c
print(Post(2), Post(2, 5))

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    P()
except TypeError as e:
    print("TypeError", e)

@dataclass
class Child(P):
    z: int = 5
print(Child(1, 2, [], 7), [f.name for f in fields(Child)])
M = make_dataclass('M', [('q', int), ('r', str, field(default='r'))])
print(M(1), M.__name__)

@dataclass(slots=True)
class S:
    a: int
    b: float = 1.5
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
try:
    K(1)
except TypeError as e:
    print("TypeError", e)

@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), field(default=1, repr=False).repr)

@dataclass
class Rec:
    items: list = field(default_factory=list, compare=False, repr=False)
    name: str = "n"
print(Rec(), Rec([1]) == Rec([2]))
