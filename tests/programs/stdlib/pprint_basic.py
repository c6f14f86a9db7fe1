import pprint
data = {'b': [1, 2, {'x': 'y' * 30, 'z': list(range(12))}], 'a': ('t' * 40, 'u' * 40), 'c': {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, sort_dicts=False, compact=True)
print(pprint.pformat(list(range(30)), width=30))
print(pprint.pformat('x' * 100, width=40))
print(pprint.isreadable([1, 2]), pprint.isrecursive([1]), pprint.saferepr({1: 2}))
r = [1]; r.append(r)
print(pprint.pformat(r).startswith("[1, <Recursion on list with id="), pprint.isrecursive(r))
from collections import OrderedDict, Counter, defaultdict, deque
pprint.pprint(OrderedDict(a=1, b=2))
pprint.pprint(Counter('aabbbc'))
pprint.pprint(defaultdict(list, {'k': [1] * 30}))
pprint.pprint(deque(range(40), maxlen=50))
from dataclasses import dataclass
@dataclass
class D:
    name: str
    values: list
pprint.pprint(D('n' * 30, list(range(25))))
pp = pprint.PrettyPrinter(width=20)
pp.pprint({'key': 'value', 'other': [1, 2, 3]})
print(pprint.pformat(b'bytes' * 20, width=40))
