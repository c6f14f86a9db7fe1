# unicodedata.ucd_3_2_0 (Unicode 3.2.0 view), stringprep/idna built on it, and the
# full name table in source \N{...} escapes
import unicodedata as u

def t(f):
    try:
        r = f()
        print(ascii(r))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))

o = u.ucd_3_2_0
for ch in '\u0221\u0234\u00aa\u00ad\u00b2\u1369\u2f868\u9fa5\u9fa6\u20ac\u2b50\u231a\u0f3a\u29a1\u2212\u4e00\uac00\U0001f600\U00020000\U0002f868\U0002f9bf':
    print(ascii(ch), o.category(ch), o.bidirectional(ch), o.east_asian_width(ch), o.combining(ch),
          o.mirrored(ch), ascii(o.decomposition(ch)), o.decimal(ch, None), o.digit(ch, None),
          o.numeric(ch, None), o.name(ch, None))
for n in ['LATIN SMALL LETTER A', 'LATIN CAPITAL LETTER A WITH STROKE', 'BYTE ORDER MARK',
          'CJK UNIFIED IDEOGRAPH-9FA6', 'HANGUL SYLLABLE GA', 'GRINNING FACE',
          'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'EURO SIGN']:
    t(lambda: o.lookup(n))
for s in ['\U0002f868', '\U0002f9bf\u0301', 'e\u0301', '\u0221\u0301', 'abc', '']:
    print([ascii(o.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [o.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])

import stringprep
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('\u00c5'),
      stringprep.in_table_c12('\u3000'), stringprep.in_table_d1('\u05d0'), stringprep.in_table_d2('a'))
import encodings.idna as idna
for label in ['b\u00fccher', 'M\u00fcnchen', 'xn--bcher-kva', '\u4e2d\u6587', 'Faß', 'A\u0308', '\u05d0a']:
    t(lambda: idna.nameprep(label))
t(lambda: idna.ToASCII('Example'))

print(ascii(eval(r'"\N{EM DASH}\N{latin small letter e with acute}\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}"')))
print(ascii(eval(r'"\N{BYTE ORDER MARK}\N{LF}\N{NUL}\N{GRINNING FACE}\N{NUSHU CHARACTER-1B170}"')))
print(ascii(eval(r'f"\N{BULLET} {1+1}\N{EM DASH}{2!r}"')))
for src in [r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', r'"\N{}"', r'"\N{NOPE"', r'"\N"',
            r'"\Nx"', r'"\N{cjk unified ideograph-4e00}"', r'"é\N{NOPE}"', r'"\N{é}"', r'f"\N{NOPE}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e)
