# re: groups, named groups and the Match API
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt> x)?', 'Jane Doe rest')
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m[0], m[1], m['first'], m[True])
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m.groupdict(), m.groupdict('?'), m.groupdict(default=None))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('opt'), m.start(3))
print(m.regs, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.string, m.re.pattern, m.re is re.compile(m.re.pattern) or True)
print(m.expand(r'\2, \1!'), m.expand(r'\g<last>-\g<1>-\g<0>'), m.expand(r'[\g<opt>]'))
print(m.__copy__() is m, m.__deepcopy__({}) is m, bool(m))
for bad in [5, -1, 'nope', 3.0, None, 10**30]:
    for meth in ['group', 'start', 'end', 'span', '__getitem__']:
        try:
            print(meth, getattr(m, meth)(bad))
        except Exception as e:
            print(meth, type(e).__name__, e)
try:
    m.start(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    m.groups(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    m.group(x=1)
except Exception as e:
    print(type(e).__name__, e)

# lastindex / lastgroup rules
for pat, s in [(r'(a)(b)', 'ab'), (r'((a)(b))', 'ab'), (r'(a)|(b)', 'b'), (r'(?P<x>a)(?P<y>b)?', 'a'),
               (r'(a)(?:b)', 'ab'), (r'a', 'a'), (r'(?P<n>(a)b)', 'ab'), (r'(a)*', 'aaa'), (r'(a|(b))+', 'ab')]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup, mm.groups(), mm.regs)

# groups inside repeats keep the last iteration
print(re.match(r'(?:(\w)(\d))+', 'a1b2c3').groups())
print(re.match(r'(a|b)*', 'abba').group(1))
print(re.match(r'(a)|b', 'b').groups(), re.match(r'(a)|b', 'b').span(1))
print(re.match(r'((a)|b)+', 'ab').groups())
print(re.match(r'(a*)+', 'aa').groups(), re.match(r'(a*)*', 'b').groups())
print(re.match(r'(?:(a)|(b))*', 'ab').groups())
print(re.match(r'(x)?(?(1)y|z)', 'xy').groups(), re.match(r'(x)?(?(1)y|z)', 'z').groups())
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there').group())

# match repr truncation and non-ASCII
print(repr(re.search('b+', 'a' + 'b' * 80)))
print(repr(re.search('é+', 'xéé')), repr(re.search(b'\\w+', b'hi there')))
print(repr(re.match('', 'abc')))

# many groups
pat = '(a)' * 120
mm = re.match(pat, 'a' * 120)
print(mm.lastindex, len(mm.groups()), mm.span(120))
print(re.compile(pat).groups)
