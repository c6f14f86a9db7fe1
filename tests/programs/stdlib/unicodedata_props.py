# unicodedata: category, bidirectional, east_asian_width, combining, mirrored,
# decomposition, decimal/digit/numeric (values, defaults, errors), module attributes
import unicodedata as u

def t(f):
    try:
        r = f()
        print(ascii(r))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))

print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__, u.UCD.__module__)
print(u.__doc__.splitlines()[0])

# a digest of every property over a sample
from collections import Counter
cats, bidis, eaws = Counter(), Counter(), Counter()
comb = mir = 0
decs = []
for c in list(range(0, 0x3000, 3)) + list(range(0x3000, 0x110000, 211)):
    ch = chr(c)
    cats[u.category(ch)] += 1
    bidis[u.bidirectional(ch)] += 1
    eaws[u.east_asian_width(ch)] += 1
    comb += u.combining(ch)
    mir += u.mirrored(ch)
    d = u.decomposition(ch)
    if d:
        decs.append(d)
print(sorted(cats.items()))
print(sorted(bidis.items()))
print(sorted(eaws.items()))
print(comb, mir, len(decs), decs[:8], decs[-4:])

for ch in 'Aa1 \t\n\u00a0\u00ad\u0300\u0301\u0345\u05d0\u0627\u0660\u06f0\u0903\u093c\u0e01\u1100\u2028\u2029\u200d\u2160\u2155\u3000\u3007\u4e00\uac00\ud800\ue000\uf900\ufb01\ufdfa\ufe30\uff21\uffe0\U0001d400\U0001f600\U000e0001\U0010ffff(<[{\u00bd\u00b2\u0f33\u1372\u2189\U00010107\U0001ecb0\U0002f800':
    print(ascii(ch), u.category(ch), u.bidirectional(ch), u.east_asian_width(ch), u.combining(ch),
          u.mirrored(ch), ascii(u.decomposition(ch)), u.decimal(ch, None), u.digit(ch, None),
          u.numeric(ch, None))

nums = [(c, u.numeric(chr(c))) for c in range(0x110000) if u.numeric(chr(c), None) is not None]
print(len(nums), sum(v for _, v in nums if v < 1e6), nums[:3], nums[-3:])
print(sorted({v for _, v in nums})[:12])
print(len([c for c in range(0x20000) if u.decimal(chr(c), None) is not None]),
      len([c for c in range(0x20000) if u.digit(chr(c), None) is not None]))

for f in (u.decimal, u.digit, u.numeric):
    t(lambda: f('x'))
    t(lambda: f('x', None))
    t(lambda: f('x', 'd'))
    t(lambda: f('7'))
    t(lambda: f('\u00bd'))
    t(lambda: f())
    t(lambda: f('ab'))
    t(lambda: f(7))
    t(lambda: f('1', 2, 3))
    t(lambda: f('1', default=2))
for f in (u.category, u.bidirectional, u.east_asian_width, u.combining, u.mirrored, u.decomposition):
    t(lambda: f())
    t(lambda: f(''))
    t(lambda: f(b'a'))
    t(lambda: f('a', 'b'))
    t(lambda: f(chr='a'))

class S(str):
    pass
print(u.category(S('x')), u.name(S('x')))
t(lambda: u.UCD())
t(lambda: u.UCD.category(1, 'a'))
t(lambda: u.ucd_3_2_0.category())
t(lambda: u.ucd_3_2_0.decimal(x=1))
t(lambda: setattr(u.ucd_3_2_0, 'unidata_version', '1'))
t(lambda: u.ucd_3_2_0.nope)
