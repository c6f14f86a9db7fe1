def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = list(range(10))
del x[0]
del x[-1]
del x[1:3]
del x[::2]
print(x)
d = {1: 'a', 2: 'b', 3: 'c'}
del d[2]
print(d)
def dk():
    del d[9]
t(dk)
def dl():
    del x[50]
t(dl)
def dt():
    tup = (1, 2)
    del tup[0]
t(dt)
def ds():
    s = 'abc'
    del s[0]
t(ds)
def dset():
    s = {1}
    del s[1]
t(dset)
def dr():
    del range(3)[0]
t(dr)
nested = {'a': [1, 2, {'b': 3}]}
del nested['a'][2]['b']
del nested['a'][0]
print(nested)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
y = [1, 2, 3]
del y[:]
print(y)
def bad_index():
    del x['a']
t(bad_index)
