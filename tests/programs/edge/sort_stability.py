data = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 3), ('a', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data))
print(sorted([3, 1.5, True, 0, -2, 2.0, 2]))
print(sorted([2.0, 2, 2.0, 2], key=lambda x: 0))
print([type(x).__name__ for x in sorted([2, 2.0, True, 1])])
l = [5, 3, 5, 1]
l.sort(key=lambda x: -x)
print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted('hello'), sorted({3: 1, 1: 2}), sorted((3, 2, 1)))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]))
print(sorted([], reverse=True), sorted([1], key=None))
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
try:
    [].sort(1)
except TypeError as e:
    print(e)
