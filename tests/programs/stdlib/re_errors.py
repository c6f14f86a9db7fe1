# re: errors from bad patterns (re.error messages, positions, lines) and bad calls
import re

bad = ['(', ')', 'a)', '[a', '[z-a]', 'a**', '*a', '+', '?', 'a{2,1}', '(?P<1>a)', '(?P<a>a)(?P<a>b)',
       '(?P=b)', '(?P<a', '\\', 'a\\', '\\x', '\\x1', '\\u12', '\\U1234567', '(?<x)',
       '(?z)', '(?', '(?#', '(?i', '(?-i)', '(?i-i:a)', '(?i-:a)', '(?<=a*)', '(?<!a|bb)', '[\\d-z]',
       '\\8', '\\1', '(a)\\2', '(?(1)a|b|c)', '(?(a)b)', '(?(0)a)', 'x{65536}', 'a{1,2}{3}',
       '(?x)(\n  a\n  [b', 'a\n(', '\\q', '[\\q]', '\\C', '(?P', '(?P<>a)', '(?P<a-b>x)', '(?P=)', '(?P=1a)',
       '(?:', 'a|*', '(?<', '[', '[]', '[^]', '\\g', '(?>', '(?L:a)', '(?a)(?u)x', '(?ax)(?u:y)', 'a{,}', 'a{1,2']
for p in bad:
    try:
        r = re.compile(p)
        print('ok', repr(p), r.pattern)
    except Exception as e:
        if not isinstance(e, re.error):
            print(repr(p), '->', type(e).__name__, e)
            continue
        print(repr(p), '->', e.msg, '|', e.pos, e.lineno, e.colno, '|', str(e), repr(e.pattern))
for p in [b'(', b'\\u1234', b'(?u)a']:
    try:
        re.compile(p)
        print('ok', p)
    except (re.error, ValueError) as e:
        print(p, type(e).__name__, e)
print(re.error is re.error, issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
e = re.error('msg', 'pat', 1)
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
for f in [lambda: re.compile(3), lambda: re.compile('a', 'x'), lambda: re.match('a', 5),
          lambda: re.compile(re.compile('a'), re.I), lambda: re.purge(), lambda: re.template('a') if hasattr(re, 'template') else None,
          lambda: re.fullmatch(b'a', 'a'), lambda: re.compile('a').match('a', None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile(re.compile('a')).pattern, re.compile(re.compile('a', re.I)).flags)
