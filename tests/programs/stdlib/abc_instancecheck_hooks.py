class Meta(type):
    def __instancecheck__(cls, inst):
        print("instcheck", cls.__name__, inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subcheck", cls.__name__, sub.__name__)
        return sub is int
class A(metaclass=Meta): pass
print(isinstance(42, A), isinstance(1, A), isinstance(A(), A))
print(issubclass(int, A), issubclass(str, A), issubclass(A, A))
print(isinstance(1, (str, A)))
class P:
    __class__ = int
print(isinstance(P(), int), isinstance(P(), P))
class Fake:
    __bases__ = ()
f = Fake()
class G:
    @property
    def __class__(self): return f
print(isinstance(G(), f))
try: isinstance(1, 2)
except TypeError as e: print(e)
try: issubclass(1, int)
except TypeError as e: print(e)
try: issubclass(int, 1)
except TypeError as e: print(e)
print(isinstance(True, (1, int)) if False else isinstance(True, (int, 1)))
try: isinstance(True, (1, int))
except TypeError as e: print(e)
