print('ab'.__getnewargs__(), (1, 2).__getnewargs__(), b'x'.__getnewargs__(), b'x'.__bytes__())
print(b'Hello World'.istitle(), b'hello'.istitle(), b''.istitle(), bytearray(b'Ab Cd').istitle(), b'ABC'.istitle())
print(float.__getformat__('double'))
print(list(list.__reversed__([1, 2, 3])), list(dict.__reversed__({1: 2, 3: 4})), list(range(3).__reversed__()))
print(object().__format__('')[:15], (5).__format__('03d'), object.__subclasshook__(), None.__repr__(), None.__str__())
print(str.upper.__qualname__, [].append.__qualname__, int.from_bytes.__qualname__, len.__qualname__, int.__add__.__qualname__, (1).__add__.__self__)
try:
    object().__format__('x')
except TypeError as e:
    print(e)
print(object.__str__(5), object.__repr__(5)[:8], int.__str__(5), str.__str__('x'))
