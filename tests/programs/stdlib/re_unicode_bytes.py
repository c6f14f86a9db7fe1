# re: unicode text (non-ASCII, astral, surrogates) and bytes/bytearray patterns
import re

s = 'naïve café — 日本語テキスト 😀 done'
print(re.findall(r'\w+', s), re.findall(r'[^\x00-\x7f]+', s))
print(re.search(r'日本(語)', s).span(1), re.search('😀', s).span(), len(re.sub(r'\w', '', s)))
print(re.split(r'\s+', s), re.findall(r'.', '😀x😃'), re.match(r'.{2}', '😀😃').group())
print(re.findall(r'[😀-😏]', 'a😀b😎c'), re.findall(r'\U0001F600', '😀'), re.findall(r'\u00e9', 'é'))
print(re.fullmatch(r'\w+', 'ǅemal'), re.findall(r'\d+', '٣٤ ०१ 12'), re.findall(r'\s+', 'a\u3000b\x1cc'))
print(re.findall(r'(?i)ΣΑΣ', 'σας ΣΑΣ'), re.sub(r'(?i)straße', 'X', 'STRASSE straße STRAẞE'))
print(re.findall(r'\x41\101\u0041', 'AAA'), re.findall(r'[\x00-\x1f]', 'a\tb\nc'))
print(re.search(r'\w+', 'ab\udcffcd'), re.findall('\udcff', 'a\udcffb'))
print(re.escape('ab.c*d'), re.escape('日本'), re.escape('a b\t\n'), re.escape(b'a.b\x00'), re.escape('-_~'))
print(re.match(re.escape('1+1=2?'), '1+1=2?'), re.escape(''), re.escape('\\'))
b = b'GET /index.html HTTP/1.1\r\nHost: x\r\n'
print(re.findall(rb'(\w+): (\w+)', b), re.match(rb'(\w+) (\S+)', b).groups())
print(re.split(rb'\r\n', b), re.sub(rb'\d', b'#', b))
ba = bytearray(b'key=val; k2=v2')
m = re.search(rb'(\w+)=(\w+)', ba)
print(m, m.group(1), type(m.group(1)).__name__, m.string is ba)
print(re.findall(rb'[\x80-\xff]+', b'a\xe9\xff b'), re.findall(rb'\w', b'\xe9a'), re.findall(rb'(?i)\xc9', b'\xe9\xc9'))
print(re.findall(b'.', b'a\nb'), re.findall(b'(?s).', b'a\nb'), re.fullmatch(rb'\d+', b'123').group())
print(re.compile(rb'(?P<n>\d)').match(b'1').groupdict(), re.compile(rb'a').pattern, re.compile(rb'a').flags)
m = re.match(r'(\w+) (\w+)', 'Ünïcödé tëxt')
print(m.groups(), m.span(2), m.expand(r'\2 \1'), repr(m))
class S(str):
    pass
m = re.match(r'\w+', S('abc def'))
print(type(m.group()).__name__, type(m.string).__name__, re.sub('a', 'b', S('aa')), type(re.sub('a', 'b', S('aa'))).__name__)
print(re.findall(r'\w', S('xy')), type(re.findall(r'\w', S('xy'))[0]).__name__)
