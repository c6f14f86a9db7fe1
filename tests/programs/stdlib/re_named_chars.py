# re: \\N{...} named character escapes (need unicodedata)
import re

print(re.findall(r'\N{GREEK SMALL LETTER ALPHA}+', 'ααβ'), re.findall(r'[\N{DIGIT ONE}-\N{DIGIT THREE}]', '1234'))
print(re.findall(r'(?i)\N{LATIN SMALL LETTER E WITH ACUTE}', 'éÉ'), re.fullmatch('\\N{EM DASH}', '\u2014'))
for p in ['\\N{NOPE}', '\\N', '\\N{', '[\\N{NOPE}]', '\\N{DIGIT ONE']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e, e.pos)
try:
    re.compile(b'[\\N{DIGIT ONE}]')
except re.error as e:
    print(e)
