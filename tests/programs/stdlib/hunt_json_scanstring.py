import json
from json import decoder
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(decoder.scanstring is decoder.c_scanstring, json.encoder.c_encode_basestring_ascii is not None)
for s in ['"\\x"', '"\x01"', '"abc', '"\\', '"\\u12"', '"\\u12zz"', '"\\ud83d\\ude00"', '"\\ud83d\\u0041"', '"\\ud83d\\uzzzz"', '"\\ud83d"', '"a\\nb\\t\\"\\\\\\/\\b\\f\\r"', '["a", "b\\u00e9"]', '{"k\\u0041": "\\ud800"}', '"\\ud83d\\ude0', '"\\u0041"x']:
    t(lambda: json.loads(s))
t(lambda: json.loads('"\x01\t"', strict=False))
t(lambda: decoder.scanstring('"abc"', 1)); t(lambda: decoder.scanstring('"abc"', 9)); t(lambda: decoder.scanstring(b'"abc"', 1)); t(lambda: decoder.scanstring('"abc"', -1))
for s in ['a"b\\c\n\x00\x1f\x7f é\u2603\U0001f600', '\ud800x', '']:
    print(json.dumps(s), ascii(json.dumps(s, ensure_ascii=False)))
t(lambda: json.encoder.encode_basestring_ascii(1)); t(lambda: json.encoder.encode_basestring())
print(json.dumps({'é': ['\n', {'x\ty': None}]}, ensure_ascii=False, indent=1))
