l = []
list.append(l, 1)
list.extend(l, [2, 3])
print(l, list.__len__(l), list.__getitem__(l, 0), list.__contains__(l, 3))
list.__setitem__(l, 0, 9)
list.__delitem__(l, 1)
print(l)
print(list.__add__([1], [2]), list.__mul__([1], 2), [1].__rmul__(3))
print(list.__iadd__(l, [7]), l)
print(list.__eq__([1], [1]), list.__ne__([1], [2]), list.__lt__([1], [2]))
print(list.__eq__([1], (1,)))
print(list.index([1, 2], 2), list.count([1, 1], 1), list.pop([1, 2]))
print(list.__reversed__([1, 2]).__next__())
x = [3, 1, 2]
list.sort(x)
print(x, list.copy(x), list.__class__)
print(list.__hash__)
print(type([]).__name__, [].__class__, list.__mro__, list.__base__)
list.clear(x)
print(x)
list.insert(x, 0, 'a')
list.remove(x, 'a')
print(x)
list.__init__(x, 'abc')
print(x)
try:
    list.append((), 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    list.append([])
except Exception as e:
    print(type(e).__name__, e)
print(list.__imul__([1, 2], 2))
