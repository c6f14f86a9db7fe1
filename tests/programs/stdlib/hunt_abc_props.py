from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc
class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): return 'shape'
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def st(): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    @property
    def area(self): return self.s ** 2
    def name(self): return super().name() + '!'
    @classmethod
    def make(cls): return cls(2)
    @staticmethod
    def st(): return 1
print(Sq(3).area, Sq(1).name(), Sq.make().area, sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Half(Shape):
    def name(self): return 'h'
try: Half()
except TypeError as e: print(e)
class Iface(metaclass=ABCMeta):
    @abstractmethod
    def go(self): pass
class Impl: 
    def go(self): return 1
Iface.register(Impl)
print(isinstance(Impl(), Iface), issubclass(Impl, Iface), Iface.register(int) is int, isinstance(3, Iface))
@Iface.register
class Deco: pass
print(issubclass(Deco, Iface), Deco.__name__)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
class AP(ABC):
    @abstractproperty
    def x(self): ...
try: AP()
except TypeError as e: print(e)
class Dyn(ABC):
    pass
def later(self): ...
Dyn.later = abstractmethod(later)
abc.update_abstractmethods(Dyn)
try: Dyn()
except TypeError as e: print(e)
print(type(Shape), Shape.__mro__, abc.get_cache_token() is not None)
try: Iface.register(5)
except TypeError as e: print(e)
import collections.abc as cabc
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [1,2,3][i]
    def __len__(self): return 3
m = MySeq(); print(list(m), 2 in m, m.index(3), m.count(1), list(reversed(m)), isinstance(m, cabc.Iterable))
class MyMap(cabc.Mapping):
    def __getitem__(self, k): return {'a': 1}[k]
    def __iter__(self): return iter(['a'])
    def __len__(self): return 1
mm = MyMap(); print(dict(mm), mm.get('b', 0), 'a' in mm, list(mm.items()), mm == {'a': 1})
class Bad(cabc.Mapping): pass
try: Bad()
except TypeError as e: print(e)
print(issubclass(dict, cabc.MutableMapping), isinstance((), cabc.Hashable), isinstance([], cabc.Hashable), issubclass(type(iter([])), cabc.Iterator))
