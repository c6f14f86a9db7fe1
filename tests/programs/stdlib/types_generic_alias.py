# types.GenericAlias, types.UnionType, SimpleNamespace, memoryview basics, big ranges
import types, typing
print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type(list[int]))
print(int | None, int | str | None, type(int | str), (int | str) == (str | int), int | int)
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(list[int]((1, 2)), list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]))
print(list[int].__origin__, list[int].__args__, list[int].__parameters__, list[int].__name__)
for bad in (lambda: isinstance([], list[int]), lambda: types.GenericAlias(list), lambda: list[int][int]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
T = typing.TypeVar('T')
print(dict[str, T].__parameters__, dict[str, T][int], list[int] | None)
class MyList(list): pass
print(MyList[int], type[int])
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = ns
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=ns))
try:
    types.SimpleNamespace({'x': 1})
except TypeError as e:
    print("TypeError", e)
m = memoryview(b"abcd")
print(len(m), m[1], m[1:3].tobytes(), m.tolist(), m.readonly, m.nbytes, m == b"abcd")
print(memoryview(bytes(range(8))).cast('I').tolist() == [0x03020100, 0x07060504])
r = range(1 << 70)
print(r, bool(r), (1 << 69) in r, r.stop == 1 << 70)
it = iter(range(1 << 64, (1 << 64) + 3))
print(list(it), type(it).__name__)
print(type(types.FunctionType.__code__).__name__ in ('getset_descriptor', 'member_descriptor'))
