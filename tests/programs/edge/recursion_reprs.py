a = []
a.append(a)
b = [a]
print(a, b, str(a), repr(b))
d = {1: None}
d[2] = d
print(d)
e = {'list': [], 'self': None}
e['list'].append(e)
e['self'] = e
print(e)
t = ([],)
t[0].append(t)
print(t)
l1 = [1]
l2 = [l1, l1]
l1.append(l2)
print(l1, l2)
s = [1, 2]
nested = [s, [s, [s]]]
print(nested)
x = [[[[[[[[[[1]]]]]]]]]]
print(x)
print(a == a, len(a), a[0] is a)
