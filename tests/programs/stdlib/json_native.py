import json
import _json

print(_json.encode_basestring_ascii('a"b\\c\n\t\x01\u00e9\U0001f600'))
print(_json.encode_basestring('a"b\\c\n\x1f\u00e9\U0001f600'))
print(_json.scanstring('"abc" tail', 1))
print(_json.scanstring('x"a\\n\\u00e9\\ud83d\\ude00b"', 2))
print(_json.scanstring('"a\\ud83dz"', 1))
print(_json.scanstring('"tab\there"', 1, False))
for bad in ['"abc', '"a\nb"', '"a\\q"', '"\\u12"', '"\\u12zz"', '"\\ud83d\\uzzzz"', '"abc\\']:
    try:
        print(_json.scanstring(bad, 1))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
for bad in ['{"a": "x\ny"}', '["a\\x"]', '{"a" 1}', '[1, 2', '', 'nul', '{"a": 1,}']:
    try:
        print(json.loads(bad))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
try:
    _json.scanstring('"a"', 10)
except ValueError as e:
    print("ValueError", e)
try:
    _json.encode_basestring_ascii(1)
except TypeError as e:
    print("TypeError", e)
print(json.dumps(["é", "\U0001f600", "\x00"]), json.dumps("é", ensure_ascii=False))
print(json.loads('{"k": "v\\u00e9", "n": [1, 2.5, -3e2, true, false, null]}'))
print(ascii(json.loads("\"\\\\ud800\"")))
