class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), issubclass(B, (C, A)), issubclass(B, B), issubclass(A, B))
print(isinstance(A, type), isinstance(b, object), issubclass(type, object), isinstance(type, type))
try:
    isinstance(b, 5)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError", e)
print(type(b).__mro__, B.__subclasses__(), A.__subclasses__())
class MyInt(int): pass
print(isinstance(MyInt(3), int), issubclass(MyInt, int), isinstance(3, MyInt), issubclass(bool, int))
class Err(ValueError): pass
print(issubclass(Err, Exception), isinstance(Err(), ValueError), Err.__base__.__name__)
