# re: lookahead/lookbehind, backreferences, conditional groups
import re

tests = [
    (r'foo(?=bar)', 'foobar foobaz'), (r'foo(?!bar)', 'foobar foobaz'),
    (r'(?<=\$)\d+', 'cost $42 or 17'), (r'(?<!\$)\b\d+', 'cost $42 or 17'),
    (r'(?<=ab|cd)x', 'abx cdx efx'), (r'(?<![a-z])x', 'ax 1x x'),
    (r'\w+(?=,)', 'a, bb, ccc'), (r'(?=(\w\w))', 'abcd'), (r'(?=a)', 'banana'),
    (r'(?<=(a))b', 'ab'), (r'(?!a)\w', 'abc'), (r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abc123'),
    (r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abcdef'), (r'(?<=^)a', 'aa'), (r'a(?=$)', 'aa'),
    (r'(\w)\1', 'hello book'), (r'(\w+) \1', 'the the cat cat dog'), (r'(?P<c>.)(?P=c)', 'aabbcd'),
    (r'(a)?b\1', 'b ab aba'), (r'(a)|\1', 'x'), (r'(a*)\1', 'aaaa'), (r'(?i)(ab)\1', 'abAB aBAb'),
    (r'(\d)(?(1)a|b)', '1a 2b'), (r'(<)?\w+(?(1)>)', '<abc> abc <abc'), (r'(?P<q>")?x(?(q)")', '"x" x "x'),
    (r'(a)?(?(1)|c)', 'c'), (r'(?:(a)|b)(?(1)c|d)', 'ac bd ad bc'),
    (r'(?<=\b)\w', 'ab cd'), (r'\w(?<!a)', 'abc'), (r'(?<=a(?=b))b', 'abc'),
    (r'(?=(a+))a*b\1', 'baaabac'), (r'(?!(a)b)\w\w', 'abcd'),
    (r'(\w)(?=(\w))', 'abc'),
]
for pat, s in tests:
    print(pat, re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.compile(r'(?<=a)b').search('xab', 2), re.compile(r'(?<=a)b').search('xab', 2, 3))
print(re.match(r'(a)(?=(b))', 'ab').groups(), re.match(r'(a)(?!(b))', 'ac').groups())
print(re.match(r'(?:(a)|b)(?!x)', 'b').groups())
for bad in [r'(?<=a+)b', r'(?<=a|bc)d', r'\1(a)', r'(a)\2', r'(?P=x)', r'(?(2)a|b)(a)', r'(?(x)a)']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print('error', bad, e, e.pos, e.lineno, e.colno)
