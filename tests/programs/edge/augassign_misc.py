s = 'a'
s += 'b'
s *= 2
print(s)
t = (1,)
t *= 3
print(t)
b = b'x'
b += b'y'
print(b)
ba = bytearray(b'x')
alias = ba
ba += b'yz'
ba *= 2
print(ba, alias is ba, alias)
st = {1, 2}
al = st
st |= {3}
st -= {1}
st ^= {5}
st &= {2, 3, 5, 7}
print(st, al is st)
fs = frozenset({1})
fa = fs
fs |= {2}
print(fs, fa, fs is fa)
d = {'a': 1}
da = d
d |= {'b': 2}
print(d, da is d)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n &= 0xff; n |= 1; n ^= 2
print(n)
f = 1.5
f += 1; f *= 2; f /= 4; f //= 0.5; f **= 2; f %= 3
print(f)
l = [1]
l *= 0
print(l)
try:
    t += [1]
except TypeError as e:
    print(e)
try:
    s -= 'a'
except TypeError as e:
    print(e)
try:
    n /= 0
except ZeroDivisionError as e:
    print(e)
