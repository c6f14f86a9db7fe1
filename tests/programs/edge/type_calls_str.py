print(str.upper('a'), str.lower('AB'), str.join(',', ['a', 'b']))
print(str.__len__('abc'), 'abc'.__len__(), 'abc'.__contains__('b'))
print(str.__add__('a', 'b'), 'x'.__mul__(3), str.__getitem__('abc', 1))
print(str.split('a b c'), str.replace('aaa', 'a', 'b', 2))
print(type('x').__name__, type('x').__qualname__, str.__mro__)
print(str.__eq__('a', 'a'), str.__eq__('a', 1), str.__ne__('a', 'b'))
print(str.__lt__('a', 'b'), 'a'.__lt__(1))
print(str.__hash__('') == hash(''))
print(str.format('{}-{}', 1, 2), str.startswith('abc', 'a'))
try:
    str.upper(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    str.upper()
except Exception as e:
    print(type(e).__name__, e)
print(str.__repr__('a'), str.__str__('a'))
print(str.__mod__('%d', 5), str.__rmul__('ab', 2))
print(str.maketrans('a', 'b'))
print(str.__iter__('ab').__next__())
print(str.__class__, str.__base__, str.__bases__)
