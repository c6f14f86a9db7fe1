d = {'k': 1}
print(dict.get(d, 'k'), dict.get(d, 'z'), dict.get(d, 'z', 0))
print(dict.keys(d), dict.values(d), dict.items(d))
print(dict.__getitem__(d, 'k'), dict.__contains__(d, 'k'), dict.__len__(d))
dict.__setitem__(d, 'j', 2)
dict.update(d, {'m': 3})
dict.__delitem__(d, 'k')
print(d, dict.copy(d), dict.setdefault(d, 'n', 4), d)
print(dict.pop(d, 'n'), dict.popitem(d), d)
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
print(dict.__eq__({}, {}), dict.__ne__({1: 2}, {}))
print(dict.__or__({1: 2}, {3: 4}))
print(dict.__class__, dict.__mro__, type({}).__qualname__)
print(dict.__hash__)
print(list(dict.__iter__({1: 2, 3: 4})))
print(dict.__reversed__({1: 2, 3: 4}).__next__())
try:
    dict.get([], 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    dict.__getitem__(d, (1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    d[(1, 2)]
except KeyError as e:
    print(repr(e), e.args)
try:
    d[()]
except KeyError as e:
    print(repr(e), e.args, str(e))
print(dict(a=1).__repr__())
print({1: 2}.__lt__({}))
