# re: character classes compiled to BIGCHARSET (non-Latin-1 sets, case-folded sets)
import re

print(re.search(r'(?i)[^k]', '\u212a'), re.search(r'(?i)[^a-z]', 'K'))
print(re.findall(r'(?i)[a-z\u0430-\u044f]+', 'Hello ПРИВЕТ'))
print(re.findall(r'[\u0100-\u0180\u0400-\u0450\u4e00-\u4e10]+', 'abĀāĂ кот 一丁七 x'))
print(re.findall(r'[^\u0100-\u0180\u0400-\u0450]+', 'abĀāĂ кот x'))
print(re.findall(r'(?i)[ΣЖ]+', 'σςΣжЖ x'))
print(re.findall(r'[\U0001F600-\U0001F64F]+', 'hi 😀😃 x'))
print(re.findall(r'[αγεηικμοςυω]+', 'αβγδεζηθικλμνξοπρσςτυφχψω'))
print(re.findall(r'(?i)[^αγεηικμοςυω]+', 'ΑΒΓΔΕαβγδε'))
