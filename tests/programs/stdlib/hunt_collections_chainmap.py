from collections import ChainMap
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a = {'x': 1}; b = {'x': 2, 'y': 3}
cm = ChainMap(a, b)
print(cm, cm['x'], cm['y'], len(cm), list(cm), sorted(cm.items()))
c = cm.new_child(); c['z'] = 9; print(c, c.parents, c.maps)
c2 = cm.new_child({'q': 1}); print(c2)
del cm['x']; print(cm)
t(lambda: cm.__delitem__('y'))
t(lambda: cm['nope'])
print(cm.get('nope', 5), 'y' in cm)
t(lambda: ChainMap().popitem())
t(lambda: ChainMap({}).pop('a'))
print(ChainMap({'a':1}) | {'b': 2})
print(ChainMap(), bool(ChainMap()), bool(ChainMap({1:2})))
print(ChainMap({'a':1}).copy())
