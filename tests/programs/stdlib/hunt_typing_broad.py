from typing import (TypeVar, Generic, Protocol, TypedDict, NamedTuple, Literal, get_type_hints, get_origin, get_args,
    cast, overload, Optional, Union, List, Dict, Callable, Any, runtime_checkable, Final, Annotated, Tuple, Sequence, Iterable, NewType, ClassVar, Type, Self, Never, assert_never, TYPE_CHECKING, no_type_check, final, ParamSpec, Concatenate, TypeAlias, Required, NotRequired, LiteralString, reveal_type, assert_type)
import typing, collections.abc
T = TypeVar('T'); K = TypeVar('K', bound=int); S = TypeVar('S', str, bytes)
print(T, K, S, T.__name__, K.__bound__, S.__constraints__)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int], Box[int](3).get(), Box.__parameters__, get_origin(Box[int]), get_args(Box[int]))
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int], Callable[[int], str], Tuple[int, ...])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Callable[[int], str]))
print(get_origin(list[int]), get_args(list[int]), list[int], int | str, get_origin(int | str), get_args(int|None))
print(Literal[1, 'a'], get_args(Literal[1,'a']), Annotated[int, 'm'], get_args(Annotated[int, 'm']), get_origin(Annotated[int,'m']))
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = Pt(1)
print(p, p.norm(), p._asdict(), p._replace(x=5), Pt._fields, Pt._field_defaults, Pt.__annotations__, p[0], tuple(p))
try: Pt()
except TypeError as e: print(e)
class TD(TypedDict):
    a: int
    b: str
class TD2(TD, total=False):
    c: float
d: TD = {'a': 1, 'b': 'x'}
print(d, TD.__required_keys__, TD2.__optional_keys__, TD2.__required_keys__, TD.__total__, TD2.__total__, type(d))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class NP(Protocol):
    def x(self): ...
try: isinstance(1, NP)
except TypeError as e: print(e)
def f(a: int, b: 'str' = 'x') -> Optional[int]: pass
print(get_type_hints(f))
class C:
    a: int
    b: 'List[int]'
    c: ClassVar[int] = 3
print(get_type_hints(C))
print(cast(int, 'x'), cast('int', 3))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), typing.get_overloads(g) and len(typing.get_overloads(g)))
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(repr(Any), Final[int], ClassVar[int], Type[int], Sequence[int], Iterable[str])
try: Union[()]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Box[int, str]
except TypeError as e: print(e)
print(Union[int, str] == Union[str, int], Union[int, int, str], Optional[Union[int, str]])
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
def h(x): assert_never(x) if False else None
try: assert_never(3)
except AssertionError as e: print(e)
print(reveal_type(5))
print(typing.get_args(Tuple[()]), Tuple[()])
class MyList(List[int]): pass
print(MyList.__orig_bases__, MyList.__mro__)
print(isinstance([], collections.abc.Sequence), issubclass(list, typing.Sequence))
try: isinstance([], List[int])
except TypeError as e: print(e)
TT = TypeVar('TT', covariant=True)
print(TT, repr(TypeVar('U', contravariant=True)))
print(typing.Text, typing.AnyStr)
class Node(Generic[T]):
    nxt: 'Optional[Node[T]]'
print(get_type_hints(Node))
print(typing.get_type_hints(Pt), Required[int], NotRequired[str])
