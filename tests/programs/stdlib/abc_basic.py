import abc
print(abc.ABCMeta.__module__, abc.get_cache_token() >= 0)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
print(sorted(A.__abstractmethods__))
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return 1
try: B()
except TypeError as e: print(e)
class C(B):
    def g(self): return 2
print(C().f(), C().g(), isinstance(C(), A), issubclass(C, A))
class V: pass
print(issubclass(V, A), isinstance(V(), A))
A.register(V)
print(issubclass(V, A), isinstance(V(), A))
try: A.register(1)
except TypeError as e: print(e)
try: V.register
except AttributeError as e: print(e)
class H(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, H), isinstance(Duck(), H), issubclass(int, H))
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 1
try: issubclass(int, Bad)
except AssertionError as e: print("AssertionError", e)
try: A.register(A)
except Exception as e: print(type(e).__name__, e)
class X(A): pass
try: A.register(object)
except Exception as e: print(type(e).__name__, e)
t = abc.get_cache_token()
class Y(abc.ABC): pass
Y.register(int)
print(abc.get_cache_token() == t + 1, isinstance(3, Y))
r = abc._get_dump(Y) if hasattr(abc, "_get_dump") else None
print(len(A._abc_registry) if hasattr(A, "_abc_registry") else "no-py-abc")
import _abc
print(type(Y._abc_impl).__name__)
reg, cache, neg, ver = _abc._get_dump(Y)
print(len(reg), [r() for r in reg], ver >= 0)
Y._abc_registry_clear(); Y._abc_caches_clear()
print(isinstance(3, Y))
class P(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def p(self): ...
print(P.__abstractmethods__)
