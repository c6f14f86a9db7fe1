from typing import *
import typing
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); print(s.pop(), Stack[int].__origin__ is Stack, type(s).__name__, s.__orig_class__)
try:
    class Bad(Generic[T, T]): pass
except TypeError as e: print(e)
K = TypeVar('K'); V = TypeVar('V')
class M(Dict[K, V]): pass
print(M[str, int], M.__parameters__, get_args(M[str, int]))
A = Dict[str, List[T]]
print(A[int], A.__parameters__)
try: A[int, str]
except TypeError as e: print(e)
class P(Protocol):
    name: str
    def greet(self) -> str: ...
print(P.__protocol_attrs__ if hasattr(P, '__protocol_attrs__') else '', typing._get_protocol_attrs(P) if hasattr(typing, '_get_protocol_attrs') else '')
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(str, HasLen))
try: issubclass(str, P)
except TypeError as e: print(e)
class Impl:
    name = 'x'
    def greet(self): return 'hi'
def use(p: P) -> str: return p.greet()
print(use(Impl()))
print(get_type_hints(use), get_type_hints(Stack.push), Stack.push.__annotations__)
def fa(x: Annotated[int, 'meta'], y: 'Optional[str]' = None) -> None: ...
print(get_type_hints(fa), get_type_hints(fa, include_extras=True))
print(Literal['a'] == Literal['a'], Literal[1, 2] == Literal[2, 1], Literal[1, Literal[2]], hash(Literal[1]) == hash(Literal[1]))
print(Union[int, None] == Optional[int], Optional[None], Union[int, Union[str, float]], repr(Union[int, str] | None))
print(typing.is_typeddict(dict) if hasattr(typing,'is_typeddict') else '', typing.Callable[..., int], typing.Callable[[], None])
class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
print(Movie.__required_keys__, Movie.__optional_keys__, typing.is_typeddict(Movie), Movie(title='x'))
TD = TypedDict('TD', {'a': int, 'in': str})
print(TD(a=1), TD.__annotations__)
NT = NamedTuple('NT', [('a', int), ('b', str)])
print(NT(1, 'x'), NT.__annotations__, NT._fields)
class NTD(NamedTuple):
    a: int
    b: list = []
print(NTD(1), NTD(1, [2]) < NTD(2), NTD._make([5, 6]))
try:
    class NTBad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)
try: NTD(1, 2, 3)
except TypeError as e: print(e)
print(TypeVar('X', int, str).__constraints__, typing.get_origin(Callable[[int], str]), typing.get_origin(Generic), typing.get_origin(Literal[1]), typing.get_origin(int))
print(typing.Sized, typing.Hashable, typing.Deque[int], typing.DefaultDict[str, int], typing.OrderedDict[str, int], typing.Counter[str], typing.ChainMap[str, int])
print(typing.Pattern, typing.Match[str] if hasattr(typing,'Match') else '', typing.IO[str], typing.TextIO, typing.BinaryIO)
@final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, '__final__') else 'nofinal')
print(repr(typing.Self), repr(typing.Never), repr(typing.NoReturn), typing.LiteralString, typing.Unpack[typing.Tuple[int]] if hasattr(typing,'Unpack') else '')
Ts = TypeVarTuple('Ts')
class Arr(Generic[*Ts]): pass
print(Arr[int, str], Ts, tuple[int, *Ts] if False else '')
def deco(f: Callable[P, T]) -> Callable[P, T]: return f
P = ParamSpec('P')
print(typing.dataclass_transform()(Fin) is Fin, typing.type_check_only if hasattr(typing, 'type_check_only') else '')
print(list[int] == List[int], list[int] == list[int], dict[str, int]['x'] if False else '', type(list[int]), list[int](), isinstance([], list[int].__origin__))
try: isinstance([], list[int])
except TypeError as e: print(e)
print(str | None, (str | None) == Optional[str], type(str|None), int | list[int])
try: int | 3
except TypeError as e: print(e)
