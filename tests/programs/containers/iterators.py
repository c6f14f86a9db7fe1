def names(*objs):
    print(*[type(o).__name__ for o in objs])

names(iter([]), iter(()), iter({}), iter({}.keys()), iter({}.values()), iter({}.items()))
names(iter(range(2)), iter(''), iter('é'), iter(set()), iter(frozenset()))
names(reversed([1]), reversed((1,)), reversed(range(2)), reversed('ab'), reversed({}), reversed({}.values()), reversed({}.items()))
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, 'end'))
li = [1, 2]
it = iter(li)
li.append(3)
print(list(it))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(5)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('again', e)
d = {1: 1}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError', e)
print(d)
e = enumerate(['a', 'b'], 1)
print(list(e), list(zip([1, 2, 3], 'ab')), list(zip()))
r = reversed([1, 2, 3])
print(next(r), list(r))
t = iter((1, 2))
print(iter(t) is t, list(t))
for ch in 'hé!':
    print(ch, end='|')
print()
def gen_like():
    out = []
    for i in iter([5, 6]):
        out.append(i)
    return out
print(gen_like(), sum(iter([1, 2, 3])), sorted(iter({3, 1, 2})))
