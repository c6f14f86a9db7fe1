l = list(range(10))
del l[0]
del l[-1]
del l[1:3]
del l[::2]
print(l)
d = {1: 'a', 2: 'b', 3: 'c'}
del d[2]
print(d)
try:
    del d[9]
except KeyError as e:
    print('KeyError', e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print(e)
try:
    del l[100]
except IndexError as e:
    print(e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
try:
    del 'abc'[0]
except TypeError as e:
    print(e)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())
del l[:]
print(l)
ba = bytearray(b'abc')
del ba[1]
print(ba)
try:
    del undefined_name
except NameError as e:
    print(e)
for f in (lambda: (1,).__class__, ):
    pass
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def d1():
    del (1,)['a']
def d2():
    x = 5
    del x[0]
def d3():
    del len[0]
def d4():
    del {1}[0]
def d5():
    del range(3)[0]
def d6():
    del 'abc'[10**30]
def d7():
    del [1][1.5]
def d8():
    del {}[[]]
for f in (d1, d2, d3, d4, d5, d6, d7, d8):
    t(f)
