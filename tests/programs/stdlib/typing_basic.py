import typing
from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, NamedTuple, TypedDict, Tuple, get_type_hints, get_origin, get_args, Literal, Final, Protocol, cast, overload

T = TypeVar('T')
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...])
print(Callable[[int], str], Any, T, Literal[1, 2])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[str]))
print(Union[int, int], Union[int, None] == Optional[int])

class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
b = Box[int](3)
print(b.get(), Box[int], Box.__parameters__)

class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1)
print(p, p._asdict(), Point._fields, p._replace(y=5))

class Movie(TypedDict):
    name: str
    year: int
m: Movie = {'name': 'x', 'year': 1}
print(m, Movie.__annotations__ if hasattr(Movie, '__annotations__') else None)

def f(a: int, b: 'str' = 'x') -> List[int]:
    return [a]
print(get_type_hints(f))
print(cast(int, 'x'))

class P(Protocol):
    def meth(self) -> int: ...
print(P.__name__, typing.runtime_checkable.__name__)

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1))
print(int | str, list[int] | None)
print(typing.Sequence[int], typing.Mapping[str, int])
print(isinstance([], typing.Sequence), isinstance({}, typing.Mapping), issubclass(list, typing.Iterable))
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError", e)
