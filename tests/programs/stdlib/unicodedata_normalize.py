# unicodedata.normalize / is_normalized: NFC, NFD, NFKC, NFKD on tricky strings
# (canonical ordering, blocking, exclusions, Hangul, singletons), and errors
import unicodedata as u

def t(f):
    try:
        r = f()
        print(ascii(r))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))

cases = [
    '', 'abc', 'caf\u00e9', 'cafe\u0301', 'e\u0301\u0301', 'a\u0301\u0316', 'a\u0316\u0301',
    '\u1e0b\u0323', 'd\u0323\u0307', 'd\u0307\u0323', '\u1e69', 's\u0323\u0307',
    '\u00c5', 'A\u030a', '\u212b', '\u2126', '\u1e9b\u0323', '\ufb01', '\ufdfa', '\u00bd',
    '\u2460', '\u3300', '\uff76\uff9e', '\u30ab\u3099', '\u0344', '\u0f73', '\u0f75', '\u0f81',
    '\u0958', '\u2adc', '\U0001d15e', '\U0001d160', '\U0002f868', '\U0002f9bf',
    '\uac00', '\uac01', '\u1100\u1161', '\u1100\u1161\u11a8', '\u1100\u1161\u11a7',
    '\u1100\u1176', '\u1113\u1161', '\uac00\u11a8', '\u1100\u1161\u11a8\u11a8',
    '\u0041\u0308\u0304', '\u01de', '\u0061\u0328\u0301', '\u0105\u0301', '\u1ea0\u0306',
    'a\u05ae\u0300\u0301b', 'a\u0300\u05ae', '\u0b47\u0b3e', '\u0b47\u0300\u0b3e',
    '\u1026\u102e', '\u0625', '\u0627\u0655', '\u00e9\u0301\u0327', 'e\u0327\u0301',
    '\u0300a', '\u0300\u0301', '\u0301\u0300', 'x\u0315\u0300\u0301', '\u03d3', '\u03d2\u0301',
    '\u1f80\u0345', '\u03b1\u0313\u0300\u0345', '\u0391\u0345\u0313', '\u1fb3\u0301',
    '\ud800\u0301', 'a\udc00\u0301', '\U000110ab', '\U00011099\U000110ba',
    '\u00a0\u2002\u3000', '\u017f\u0307', '\u1e9b', '\u0149', '\u01c4', '\u2474\u2475',
    'A\u030a\u0301\u0323' * 3, '\u3131\u314f', '\u320e', '\U0001f1e6\U0001f1e8',
]
for s in cases:
    r = [u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    q = [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(s), ascii(r), q)

# idempotence and stability over a sample
bad = 0
for c in range(0xa0, 0x30000, 13):
    s = chr(c) + '\u0323\u0301'
    for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        n = u.normalize(f, s)
        if u.normalize(f, n) != n or not u.is_normalized(f, n):
            bad += 1
print('bad', bad)
digest = 0
for c in range(0xa0, 0x30000, 7):
    for f in ('NFC', 'NFKD'):
        for ch in u.normalize(f, chr(c) + '\u0301'):
            digest = (digest * 131 + ord(ch)) % 1000000007
print(digest)

class S(str):
    pass
for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(f, type(u.normalize(f, S('abc'))).__name__, type(u.normalize(f, S('\u00e9'))).__name__,
          type(u.normalize(f, S(''))).__name__, u.is_normalized(f, S('e\u0301')))
t(lambda: u.normalize('nfc', 'a'))
t(lambda: u.normalize('NFX', ''))
t(lambda: u.normalize('NFC'))
t(lambda: u.normalize('NFC', 'a', 'b'))
t(lambda: u.normalize(b'NFC', 'a'))
t(lambda: u.normalize('NFC', b'a'))
t(lambda: u.normalize(form='NFC', unistr='a'))
t(lambda: u.is_normalized('NFQ', 'a'))
t(lambda: u.is_normalized('NFC', ''))
t(lambda: u.is_normalized('NFQ', ''))
t(lambda: u.is_normalized(1, 'a'))
t(lambda: u.is_normalized('NFC', 1))
t(lambda: u.is_normalized('NFC'))
