import abc, numbers
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Base()
except TypeError as e:
    print("TypeError", e)
class Impl(Base):
    def run(self): return 1
    @property
    def name(self): return "impl"
i = Impl(); print(i.run(), i.name, isinstance(i, Base), Base.__abstractmethods__, Impl.__abstractmethods__)
class Half(Base):
    def run(self): return 2
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg), abc.get_cache_token() is not None)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1.5, numbers.Integral))
from fractions import Fraction
from decimal import Decimal
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
print(issubclass(numbers.Integral, numbers.Complex), numbers.Number.__abstractmethods__)
class MyMeta(ABCMeta): pass
class WithMeta(metaclass=MyMeta):
    @abstractmethod
    def f(self): ...
print(type(WithMeta).__name__, getattr(WithMeta.f, '__isabstractmethod__', False))
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__))
