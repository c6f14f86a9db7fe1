a = [[1, 2], [3]]
b = list(a)
c = a[:]
d = a.copy()
a[0].append(9)
a.append([4])
print(a, b, c, d)
print(b[0] is a[0], c[1] is a[1])
m = {'x': [1]}
n = dict.copy(m)
n['x'].append(2)
n['y'] = 0
print(m, n)
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
s = {1, 2}
s2 = s.copy()
s2.add(3)
print(s, s2)
t = ([1], 2)
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print(e)
print(t)
l = [1, 2, 3]
l2 = l
l += [4]
print(l2, l is l2)
l = l + [5]
print(l2, l is l2)
tt = (1,)
tt2 = tt
tt += (2,)
print(tt, tt2)
x = y = []
x.append(1)
print(y)
