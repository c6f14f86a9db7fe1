s = 'e\u0301'
print(s, len(s), repr(s), ascii(s), s.upper())
a = '\U0001f600'
print(a, len(a), repr(a), ascii(a), ord(a), hex(ord(a)))
print(repr('\ud800'), ascii('\udfff'), len('\ud83d\ude00'))
print(repr('\x00\x1f\x7f\x80\x9f\xa0\xad'), repr('\u2028\u200b\ufeff'))
print(repr('日本語'), ascii('日本語'), '日本語'[1], '日本語'[::-1])
print('ß'.upper(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'Σ'.lower(), 'ΑΣ'.lower())
print('straße'.casefold(), 'ǅ'.title(), 'ǆ'.capitalize())
print(chr(0x10ffff) == '\U0010ffff', repr(chr(0x10ffff)), repr(chr(0xe000)))
print('a\u0300'.isalpha(), '٣'.isdigit(), '٣'.isdecimal(), '½'.isnumeric(), int('٣'), float('١.٥'))
print('\t'.isprintable(), 'é'.isprintable(), '\u200b'.isprintable(), ' '.isspace(), '\u3000'.isspace())
print(sorted(['é', 'e', 'z', 'É']), max('aé'), min('\U0001f600a'))
print('😀'.encode('utf-8'), 'é'.encode('latin-1'), 'é'.encode('ascii', 'replace'))
try:
    '\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
print(b'\xff'.decode('utf-8', 'replace'), b'\xff'.decode('latin-1'), 'é'.encode('ascii', 'ignore'))
print('%5s|%-5s|' % ('é', '😀'), f'{"é":>4}', '{:^5}'.format('日'))
print(str(b'\xc3\xa9', 'utf-8'), 'abc'.center(9, '·'))
print([c for c in 'a😀b'], list(reversed('a😀')))
