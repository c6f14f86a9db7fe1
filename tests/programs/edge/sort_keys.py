people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age = sorted(people, key=lambda p: p[0])
by_age.sort(key=lambda p: p[1])
print(by_age)
print(sorted(['10', '9', '100', '1'], key=int), sorted(['10', '9', '100', '1']))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 3, -1, 1], key=abs))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([[1, 2], [1], [0, 5]]))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), max({'b': 1, 'a': 2}, key=lambda k: -ord(k)))
print(min([], default='empty'), max([1, 3, 2], key=lambda v: -v), min('bca', key=ord))
print(sorted([3.5, 1, 2.25, True, -0.0, 0]), sorted(['b', 'B', 'a', 'A', '_', '1']))
print(sorted([None, None]), sorted([(), (1,), (0, 0)]), sorted([frozenset({1, 2}), frozenset({1})], key=len))
try:
    sorted([None, 1])
except TypeError as e:
    print(e)
try:
    sorted([{}, {}])
except TypeError as e:
    print(e)
try:
    max([], key=len)
except ValueError as e:
    print(e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(e)
