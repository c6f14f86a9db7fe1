def f(): pass
print(dir(f))
print(dir(type))
print('__add__' in dir(1), '__iter__' in dir([]), 'append' in dir([]), 'keys' in dir({}))
print(hasattr(1, '__add__'), hasattr([], 'append'), hasattr('', 'nope'))
print(getattr(1, 'real'), getattr('a', 'upper')(), getattr([], 'x', 'default'))
print(sorted(k for k in [1]) if False else 'skip')
print(len(dir(int)) > 50, len(dir(str)) > 70)
