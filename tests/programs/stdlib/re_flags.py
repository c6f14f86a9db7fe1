# re: flags I, M, S, X, A, U, L (bytes) and inline flags
import re

print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(re.findall('abc', 'ABC abc AbC', re.I))
print(re.findall('[a-c]+', 'ABC xyz aBc', re.I))
print(re.findall('[^a-c]+', 'ABC xyz aBc', re.I))
print(re.findall(r'(?i)k', 'kK\u212a'), re.findall(r'(?i)s', 'sSſ'), re.findall(r'(?ia)k', 'kK\u212a'))
print(re.findall(r'(?i)\u00e9', 'Éé'), re.findall(r'(?i)[\u00e0-\u00ff]+', 'ÀÉÎõü'))
print(re.findall(r'(?i)ß', 'ßẞ'), re.findall(r'(?i)σ', 'Σσς'), re.findall(r'(?i)[σ]', 'Σσς'))
print(re.findall(r'(?i)(\w)\1', 'aA bB cd'))
print(re.findall(r'^\w+', 'one\ntwo\nthree'), re.findall(r'^\w+', 'one\ntwo\nthree', re.M))
print(re.findall(r'\w+$', 'one\ntwo\nthree'), re.findall(r'\w+$', 'one\ntwo\nthree', re.M))
print(re.findall(r'a.b', 'a\nb axb'), re.findall(r'a.b', 'a\nb axb', re.S))
print(re.findall(r'(?s:a.b)|x.', 'a\nb x\n'))
print(re.findall(r'''
    (\d+)   # digits
    \s*     # space
    ([a-z]) # letter
''', '12 a 3b', re.X))
print(re.findall(r'(?x) a \  b [ ] ', 'a b a  b ab '))
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A))
print(re.findall(r'\d', '1٣5'), re.findall(r'\d', '1٣5', re.A), re.findall(r'(?a)\s', ' \xa0\t'))
print(re.findall(r'\s', ' \xa0\u2003\t'), re.findall(r'\W+', 'a-b\u00b7c'))
print(re.findall(rb'\w+', b'h\xe9llo'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'))
print(re.findall(rb'(?L)\w+', b'ab_1 cd'), re.findall(rb'(?iL)a', b'aA'))
print(re.compile(r'(?i)a').flags, re.compile(r'(?m)a').flags, re.compile(rb'a').flags, re.compile(r'a', re.A).flags)
print(re.compile(r'(?i:a)b').flags, re.compile(r'(?-i:a)b', re.I).flags)
print(re.match(r'(?i:a)b', 'AB'), re.match(r'(?i:a)b', 'Ab'), re.match(r'(?-i:a)b', 'aB', re.I))
print(re.findall(r'\bfoo\b', 'foo föo foo_ (foo)'), re.findall(r'(?a)\bf\w+', 'föo foo'))
print(re.fullmatch(r'(?i)ǆ', 'ǅ'), re.fullmatch(r'(?i)ǆ', 'Ǆ'), re.fullmatch(r'(?i)[ǆ]', 'ǅ'))
print(re.findall(r'(?i)i', 'İıiI'), re.findall(r'(?i)[i]', 'İıiI'))
for f in [lambda: re.compile('a', re.L), lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.A | re.U),
          lambda: re.compile('(?L)a'), lambda: re.compile('(?au)a'), lambda: re.compile('a(?i)b')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
