# re: match/search/fullmatch basics, pos/endpos, anchors, repetition, Pattern API
import re

def show(x):
    print(repr(x))

p = re.compile(r'a+b')
show(p.match('aaab'))
show(p.match('xaab'))
show(p.search('xaab'))
show(p.fullmatch('aab'))
show(p.fullmatch('aabx'))
show(p.search('xxaab', 3))
show(p.search('xxaab', 0, 4))
show(p.match('aab', pos=1))
show(p.match('aab', endpos=2))
show(re.compile('').match('abc', 2, 1))
show(re.compile(r'^b').search('ab', 1))
show(re.compile(r'(?m)^b').search('a\nb'))
show(re.compile(r'$').search('ab\n'))
show(re.compile(r'\Z').search('ab\n'))
show(re.compile(r'a$').search('a\n'))
show(re.compile(r'a\Z').search('a\n'))
show(re.compile(r'\Aa').search('ba'))
for pat in [r'a*', r'a+?', r'a*?b', r'a{2}', r'a{2,}', r'a{,2}', r'a{2,3}?', r'(ab)*', r'(ab)+?c',
            r'x?y', r'.', r'.*', r'(?s).*', r'[abc]+', r'[^abc]+', r'[a-fA-F0-9]+', r'\d+\.\d*',
            r'\w+', r'\W+', r'\s+', r'\S+', r'\bwo', r'\Bor', r'colou?r', r'a|b|c', r'ab|cd|ef',
            r'(a|ab)(c|bcd)(d*)', r'(?:x|xy)z', r'[-a]', r'[a\]]+', r'[\d\s]+', r'[^\W\d]+']:
    r = re.compile(pat)
    for s in ['aaab', 'ababc', 'xyz', 'hello world 42', 'color colour', 'abcd', '3.14 x', 'a]a', '-a- ', 'ab12 cd']:
        m = r.search(s)
        print(pat, repr(s), m and (m.span(), m.group()))

# Pattern attributes
p = re.compile(r'(?P<word>\w+)\s(\d+)?', re.I | re.M)
print(p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
print(type(p).__name__, type(p).__module__, type(p.match('ab 1')).__name__)
print(repr(p))
print(repr(re.compile('x', re.S | re.X)), repr(re.compile(b'x')), repr(re.compile(b'x', re.L | re.I)))
print(repr(re.compile('x', re.A)), repr(re.compile('x', re.U)), repr(re.compile('a' * 250)))
print(re.compile('ab') == re.compile('ab'), re.compile('ab') == re.compile('ab', re.I), re.compile('a') != re.compile('b'))
print(hash(re.compile('ab')) == hash(re.compile('ab')))
q = re.compile('q')
print(q.__copy__() is q, q.__deepcopy__({}) is q)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)

# errors for wrong subjects and arguments
for f in [lambda: p.match(3), lambda: p.search(None), lambda: re.compile('a').match(b'a'),
          lambda: re.compile(b'a').match('a'), lambda: p.match(), lambda: p.match('a', 'x'),
          lambda: p.match('a', foo=1), lambda: p.findall('a', 1, 2, 3), lambda: p.match('a', 1.5),
          lambda: p.scanner(), lambda: p.__deepcopy__()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# bytes and bytearray subjects
bp = re.compile(rb'(\w+)=(\d+)')
print(bp.findall(b'a=1 bb=22'), bp.search(bytearray(b'xx k=9')).groups())
print(bp.sub(rb'\2=\1', b'a=1 bb=22'), bp.split(b'a=1;b=2'))
print(re.search(b'\\d', bytearray(b'ab3')))

# scanner
sc = re.compile(r'\d').scanner('a1b22')
print(sc.pattern.pattern, sc.search(), sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r'\d').scanner('12a3')
print(sc.match(), sc.match(), sc.match(), sc.match())
print(re.compile(r'x*').scanner('axx').search().span())
