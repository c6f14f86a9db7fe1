import json, decimal, collections
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(type(json.scanner.make_scanner).__name__, json.scanner.c_make_scanner is not None)
for s in ['0', '-0', '-0.0', '1e5', '1E+2', '2e-3', '0.5e', '0.5e+', '1.5E', '-', '-x', '--1', '1.', '.5', '01', '-01', '1e', '123456789012345678901234567890', '1.7976931348623157e309', '[1e5,-2.5E-3,0]',
          'null', 'nul', 'true', 'tru', 'false', 'NaN', 'Infinity', '-Infinity', '-Inf', 'Nan', '[NaN, -Infinity]',
          '{}', '{ }', '[ ]', '{"a":1 , "b" : [ ] }', '{"a" 1}', '{"a":1 "b":2}', '{"a":}', '{,}', '{"a":1,}', '[1,]', '[,1]', '[1 2]', '[1,,2]', '{"a"', '{"a":', '[', '[1', '{', '  [1] ', '[1]]', '{"a": {"b": [1, {"c": null}]}}',
          '"\\u00e9"', '["a\\"b"]', '{"\\ud834\\udd1e": 1}', '[true,false,null]', '\t\n\r [1]\n']:
    t(lambda: json.loads(s))
t(lambda: json.loads('[1.5, 2, {"a": 3.25}]', parse_float=decimal.Decimal, parse_int=str))
t(lambda: json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=collections.OrderedDict))
t(lambda: json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: list(d.items())))
t(lambda: json.loads('{"b": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2))
t(lambda: json.loads('[NaN, Infinity]', parse_constant=lambda c: 'C' + c))
t(lambda: json.loads('[1]', parse_int=lambda s: 1 / 0))
t(lambda: json.loads('9' * 5000))
t(lambda: json.loads('[' * 3000 + ']' * 3000) is not None)
t(lambda: json.loads('{"a":' * 3000))
t(lambda: json.JSONDecoder().raw_decode('{"x": 1} tail'))
t(lambda: json.JSONDecoder().scan_once('[1, 2]', 0))
t(lambda: json.JSONDecoder().scan_once('[1, 2]', 9))
t(lambda: json.JSONDecoder().scan_once('[1, 2]', -1))
t(lambda: json.JSONDecoder().scan_once(b'[1]', 0))
t(lambda: json.loads('{"a": 1, "a": 2}'))
t(lambda: json.loads('"\x7f\u2028"'))
