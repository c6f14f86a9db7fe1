from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, FrozenInstanceError, is_dataclass, make_dataclass, KW_ONLY
from typing import ClassVar, List
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    c: ClassVar[int] = 5
p = P(1, 2)
print(p, p == P(1,2), p != P(1,3), asdict(p), astuple(p), replace(p, y=9))
print([f.name for f in fields(p)], fields(P)[2].default_factory, is_dataclass(p), is_dataclass(P))
try: P()
except TypeError as e: print(e)
try: P(1,2,3,4)
except TypeError as e: print(e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'z'
f = F(1)
try: f.a = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del f.a
except FrozenInstanceError as e: print(type(e).__name__, e)
print(F(1) < F(2), sorted([F(3), F(1,'a'), F(1)]), hash(F(1)) == hash(F(1)), {F(1), F(1)})
try: F(1) < 3
except TypeError as e: print(e)
@dataclass
class I:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try: s.c = 3
except AttributeError as e: print(e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int = 3
    c: int = 4
print(K2(1, c=5))
@dataclass
class Base:
    x: int = 0
    y: int = 1
@dataclass
class Der(Base):
    z: int = 2
    x: int = 10
@dataclass(repr=False, eq=False)
class NR:
    a: int
print(NR(1) == NR(1), 'object at' in repr(NR(1)))
@dataclass
class H:
    a: int = field(compare=False, repr=False, hash=None)
    b: int = field(default=3, metadata={'u': 1})
print(H(1,2), H(1) == H(2), fields(H)[1].metadata, fields(H)[1].name)
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))], namespace={'s': lambda self: self.x + self.y})
print(C(1), C(1).s())
try: asdict(5)
except TypeError as e: print(e)
try: replace(I(1), b=2)
except ValueError as e: print(e)
@dataclass
class Nest:
    p: P
    l: list
    d: dict
print(asdict(Nest(P(1), [P(2)], {'k': P(3)})), astuple(Nest(P(1), [], {})))
print(P.__match_args__, P.__dataclass_params__ if False else 1)
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(1)) == hash((1,)))
@dataclass
class E: pass
print(E(), E() == E())
@dataclass(frozen=True)
class FS:
    a: int
    def __post_init__(self):
        object.__setattr__(self, 'a', self.a * 2)
print(FS(2))
@dataclass
class Rec:
    a: "int"
    children: list = field(default_factory=list)
r = Rec(1); r.children.append(r)
print(r)
