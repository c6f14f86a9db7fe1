import types, sys
print(types.FunctionType, types.LambdaType, types.CodeType, types.MappingProxyType, types.SimpleNamespace)
print(types.CellType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.MethodType)
print(types.BuiltinFunctionType, types.ModuleType, types.TracebackType, types.FrameType, types.GetSetDescriptorType.__name__)
print(types.GenericAlias, types.UnionType, types.EllipsisType, types.NoneType, types.NotImplementedType)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [2]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[2]), vars(ns))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
class NS(types.SimpleNamespace): pass
print(NS(z=1), type(sys.implementation).__name__, sys.implementation.name == 'cpython' or True)
m = types.ModuleType('mymod', 'doc')
print(m.__name__, m.__doc__, repr(m))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), mp.get('z'), mp == {'k': 1}, mp | {'j': 2})
try:
    mp['x'] = 1
except TypeError as e:
    print("TypeError", e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError", e)
class A:
    def f(self): return 1
bm = types.MethodType(lambda self: self.__class__.__name__, A())
print(bm())
ga = list[int]
print(ga, ga.__origin__, ga.__args__, type(ga) is types.GenericAlias, dict[str, list[int]], tuple[int, ...], type[int])
print(int | str, (int | None).__args__, type(int | str) is types.UnionType, isinstance(3, int | str), issubclass(bool, int | None))
print(types.GenericAlias(list, (int,)) == list[int], list[int] != list[str])
def gen(): yield 1
print(types.coroutine.__name__, isinstance(gen(), types.GeneratorType))
print(types.new_class('K', (object,), {}, lambda ns: ns.update(x=5)).x)
print(types.resolve_bases((int, list[int])), types.prepare_class('Q')[0])
Dyn = types.new_class('Dyn', (list[int],))
print(Dyn.__orig_bases__, Dyn.__mro__)
print(types.DynamicClassAttribute.__name__)
def fx(a=1): return a
print(types.FunctionType.__code__.__get__(fx).co_name, types.FunctionType.__globals__.__get__(fx) is globals(), repr(types.FunctionType.__code__), repr(types.FunctionType.__globals__))
print((1.5).real, float.real.__get__(2.5))
