# re: greedy, lazy, possessive and atomic repetition; pathological patterns
import re

tests = [
    (r'<.*>', '<a><b>'), (r'<.*?>', '<a><b>'), (r'a{2,4}', 'aaaaaaaaa'), (r'a{2,4}?', 'aaaaaaaaa'),
    (r'(ab){1,2}', 'abababab'), (r'(ab){1,2}?', 'abababab'), (r'(ab){2}', 'ababab'),
    (r'a*+b', 'aaab aaa'), (r'a*+a', 'aaaa'), (r'a++', 'aa ba'), (r'a?+a', 'a aa'),
    (r'(?:ab)*+', 'ababx'), (r'(?:ab)*+ab', 'abab'), (r'(?:a|ab)*+b', 'abab'),
    (r'(?>a*)a', 'aaa'), (r'(?>a|ab)c', 'abc ac'), (r'(?>(\w+))\s', 'hello world '),
    (r'(?>x+)y', 'xxxy xxz'), (r'\d{2,}+5', '12345'), (r'[a-z]{2}+', 'abcde'),
    (r'(a+?)+?b', 'aaab'), (r'(a|b)*?b', 'aab'), (r'(a*?)*?$', 'aa'), (r'(?:a+)+', 'aaa'),
    (r'x{0}', 'xx'), (r'x{0,0}y', 'xy y'), (r'x{,2}', 'xxx'), (r'x{1,}?', 'xxx'),
    (r'(a{2})*', 'aaaaa'), (r'(?:(a)|b){3}', 'abab'), (r'(a?){3}', 'aa'), (r'(a??){2}', 'aa'),
    (r'(?:x*)*', 'xxy'), (r'(?:x*)+?y', 'xxy'), (r'(?:x?)*?y', 'xxy'),
    (r'\s*,\s*', 'a , b,c ,d'), (r'(\w+?)(\d*)$', 'abc123'),
    (r'((a)|b)*?c', 'abac'), (r'(?:(a)|(b))+', 'ab'), (r'(a)++', 'aaa'), (r'(?>(a))+', 'aaa'),
    (r'(?:(a)|b)++c', 'abac'), (r'(a|b)*+c', 'abc'),
]
for pat, s in tests:
    print(pat, re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])
    m = re.match(pat, s)
    print('  ', m and (m.span(), m.groups(), m.lastindex))

# catastrophic backtracking stays correct (and uses no native recursion)
print(re.match(r'(a+)+$', 'a' * 12 + 'b'))
print(re.match(r'(?:a|aa)+$', 'a' * 20 + 'b'))
print(re.match(r'(a*)*b', 'a' * 10))
print(re.match(r'(?>a+)+$', 'a' * 5000 + 'b'))
print(re.match(r'a*+$', 'a' * 100000 + 'b'))
# deep repetition of groups: explicit stack, no overflow
print(len(re.match(r'(?:ab)*', 'ab' * 50000).group()))
print(len(re.match(r'(?:(a)|b)*', 'ab' * 30000).group()), re.match(r'(?:(a)|b)*', 'ab' * 30000).span(1))
print(len(re.match(r'(?:a|b)*?c', 'ab' * 20000 + 'c').group()))
print(len(re.fullmatch(r'(x+x+)+y', 'x' * 12 + 'y').group()))
print(re.search(r'(\w+\s?)+$', 'word ' * 3 + '!'))
print(len(re.match(r'(.)*', 'z' * 100000).group()), re.match(r'(.)*', 'xyz').group(1))
print(re.match(r'(?:a{1000}){50}', 'a' * 50000).end())
