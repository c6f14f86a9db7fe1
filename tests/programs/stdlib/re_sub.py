# re: sub/subn with str and bytes templates, group references, functions, count
import re

print(re.sub(r'\d+', '#', 'a1b22c333'))
print(re.sub(r'\d+', '#', 'a1b22c333', count=2), re.sub(r'\d+', '#', 'a1b22c333', 1))
print(re.subn(r'\d+', '#', 'a1b22c333'), re.subn(r'x', '-', 'abc'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<a>\w)(?P<b>\w)', r'\g<b>\g<a>', 'abcdef'))
print(re.sub(r'(\w)', r'\g<1>0', 'ab'), re.sub(r'(\w)', r'[\g<0>]', 'ab'))
print(re.sub(r'a', r'\n\t\\', 'xax'), repr(re.sub(r'a', '\\n', 'a')))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'x*', '-', 'abc'), re.sub(r'x*', '-', 'abxd'), re.sub(r'', '-', 'abc'))
print(re.sub(r'\b', '|', 'hi there'), re.sub(r'(?=b)', '^', 'abab'))
print(re.sub(r'a|', '-', 'bab'), re.subn(r'\s*', '_', 'a b'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'(\w+)', lambda m: m.group(1).upper(), 'hello world', count=1))
print(re.sub(r'\w+', lambda m: '', 'a b c'), re.sub(r'.', lambda m: None if m.group() == 'b' else m.group() * 2, 'abc') if False else '')
calls = []
def rec(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return '<%s>' % m.group()
print(re.sub('b+', rec, 'abbcb'), calls)
print(re.compile(r'o').sub('0', 'foo boo', 3), re.compile(r'o').subn('0', 'foo boo', count=1))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.subn(b'a', b'', bytearray(b'banana')))
print(re.sub(rb'x', lambda m: b'Y', b'axbx'))
print(re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', -5))
print(re.sub(r'(?i)A', 'x', 'aAa'), re.sub('a', 'x', 'aAa', flags=re.I))
print(re.sub(r'(\d+)', r'\g<1>\g<1>', 'x12y'), re.sub(r'(.)', r'\1\1', 'abc'))
print(re.sub('é', 'e', 'café é'), re.sub(r'\w', lambda m: m.group().upper(), 'ßé'))
print(re.compile(r'(a)(b)?').sub(r'[\2]', 'ab a'))
print(re.sub('a', r'\\1', 'a'), re.sub('a', '\\\\', 'a'))
for f in [lambda: re.sub(r'(a)', r'\2', 'a'), lambda: re.sub(r'(a)', r'\g<x>', 'a'),
          lambda: re.sub(r'(a)', r'\g<1', 'a'), lambda: re.sub(r'(a)', r'\g<>', 'a'),
          lambda: re.sub(r'a', r'\q', 'a'), lambda: re.sub(r'a', '\\', 'a'),
          lambda: re.sub(r'a', 1, 'a'), lambda: re.sub(r'a', lambda m: 1, 'a'),
          lambda: re.sub(rb'a', lambda m: 'x', b'a'), lambda: re.sub(rb'a', 'x', b'a'),
          lambda: re.sub(r'a', b'x', 'a'), lambda: re.sub('a', 'b', 3),
          lambda: re.compile('a').sub('b'), lambda: re.compile('a').subn('b', 'a', 'x'),
          lambda: re.sub(r'(?P<n>a)', r'\g<n>\g<2>', 'a'), lambda: re.sub(r'a', r'\g<-1>', 'a')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = re.match(r'(?P<x>a)(b)', 'ab')
print(m.expand(r'\2\1\g<x>'), m.expand(b'\\1'.decode()))
try:
    m.expand(r'\3')
except Exception as e:
    print(type(e).__name__, e)
