# unicodedata: name/lookup round trips (stored, Hangul, CJK, hex families), aliases,
# named sequences, case rules and errors
import unicodedata as u

def t(f):
    try:
        r = f()
        print(ascii(r))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))

# round trips over a sample of every plane in use
n_named = n_ok = 0
digest = 0
for c in list(range(0, 0x3400, 7)) + list(range(0x3400, 0x30000, 251)) + list(range(0x30000, 0x110000, 4099)):
    n = u.name(chr(c), None)
    if n is None:
        continue
    n_named += 1
    digest = (digest * 31 + sum(map(ord, n))) % 1000000007
    computed = c in range(0xAC00, 0xD7A4) or n.startswith('CJK UNIFIED')
    if u.lookup(n) == chr(c) and (computed or u.lookup(n.lower()) == chr(c)):
        n_ok += 1
print(n_named, n_ok, digest)

for c in [0x0, 0x20, 0x41, 0xe9, 0x391, 0x5d0, 0x627, 0x905, 0xe01, 0x1100, 0x2603, 0x3042,
          0xac00, 0xac01, 0xd7a3, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xa000, 0xf900, 0xfa6d,
          0xfb01, 0xfeff, 0xfffd, 0x1f600, 0x1f9ff, 0x18b00, 0x1b170, 0x20000, 0x2a6df,
          0x2a700, 0x2b738, 0x30000, 0x3134a, 0x2f800, 0xe0041, 0x10ffff, 0x378, 0xd800, 0xe000]:
    t(lambda: u.name(chr(c)))
    t(lambda: u.name(chr(c), 'dflt'))

for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A',
          'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE A', 'HANGUL SYLLABLE', 'HANGUL SYLLABLE GAGX',
          'hangul syllable ga', 'HANGUL SYLLABLE ga', 'HANGUL SYLLABLE PWILH',
          'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'cjk unified ideograph-4E00',
          'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-A000',
          'CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
          'CJK COMPATIBILITY IDEOGRAPH-0F900', 'NUSHU CHARACTER-1B170', 'KHITAN SMALL SCRIPT CHARACTER-18B00',
          'TANGUT IDEOGRAPH-17000', 'BYTE ORDER MARK', 'byte order mark', 'LF', 'NUL', 'BEL', 'ZWJ',
          'LINE FEED', 'LINE FEED (LF)', 'ALERT', 'VS1', 'FVS1',
          'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'latin capital letter a with macron and grave',
          'KEYCAP NUMBER SIGN', 'TAMIL SYLLABLE KSSA', 'BENGALI LETTER KHINYA',
          'SNOWMAN', 'snowman ', ' SNOWMAN', 'SNOW  MAN', '', 'x' * 256, 'x' * 257, 'A\x00B',
          'GRINNING FACE', 'EM DASH', 'ZERO WIDTH JOINER', 'LATIN SMALL LETTER E WITH ACUTE']:
    t(lambda: u.lookup(n))
t(lambda: u.lookup(b'SNOWMAN'))
t(lambda: u.lookup(b'\xff\xfe'))
t(lambda: u.lookup(bytearray(b'SNOWMAN')))
t(lambda: u.lookup(None))
t(lambda: u.lookup())
t(lambda: u.lookup('a', 'b'))
t(lambda: u.lookup(name='SNOWMAN'))
t(lambda: u.lookup('\udc80'))
t(lambda: u.name())
t(lambda: u.name('ab'))
t(lambda: u.name(''))
t(lambda: u.name(65))
t(lambda: u.name('a', 1, 2))
t(lambda: u.name(chr=' '))
# aliases and sequences are never names
t(lambda: u.name(u.lookup('BYTE ORDER MARK')))
t(lambda: len(u.lookup('LATIN CAPITAL LETTER A WITH MACRON AND GRAVE')))
