def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3, 4, 50, 60}
b = {3, 4, 5, 6, 60, 70}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a | frozenset(b), frozenset(a) | b, frozenset(a) & b, frozenset(a) - b, frozenset(a) ^ b)
print(type(a | frozenset(b)).__name__, type(frozenset(a) | b).__name__, type(frozenset(a) ^ b).__name__)
x = set(a); x |= b; print(x)
x = set(a); x &= b; print(x)
x = set(a); x -= b; print(x)
x = set(a); x ^= b; print(x)
x = set(a); y = x; x |= {99}; print(y is x, y)
f = frozenset(a); g = f; f |= {99}; print(g is f, f, g)
t(lambda: a | [1])
t(lambda: a & (1,))
t(lambda: a - 'x')
t(lambda: a ^ None)
def ior():
    s = {1}
    s |= [2]
t(ior)
print(a == b, a == set(a), a != b, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} < {2})
print(set() == frozenset(), {1} == frozenset({1}), frozenset({1}) == {1}, {1} == [1], {1} != (1,))
t(lambda: {1} < [1])
t(lambda: {1} <= 1)
print(1 in a, 99 in a, 'x' in {'x'}, (1, 2) in {(1, 2)}, 1.0 in {1}, True in {1})
t(lambda: [] in a)
print({x % 5 for x in range(20)}, {c for c in 'mississippi'})
print(len(a), bool(set()), bool({0}), sorted(a), max(b), min(a), sum(a))
self_ops = {1, 2}
print(self_ops | self_ops, self_ops & self_ops, self_ops - self_ops, self_ops ^ self_ops)
s = {1, 2}
s -= s; print(s)
s = {1, 2}
s ^= s; print(s)
s = {1, 2}
s &= s; print(s)
