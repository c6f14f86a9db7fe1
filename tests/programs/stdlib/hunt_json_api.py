import json
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
d = {'b': [1, 2.5, None, True], 'a': {'x': 'é\n"'}, 'c': ()}
print(json.dumps(d)); print(json.dumps(d, indent=2)); print(json.dumps(d, sort_keys=True, indent='\t'))
print(json.dumps(d, separators=(',', ':'))); print(json.dumps(d, ensure_ascii=False)); print(json.dumps(d, indent=0))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
t(lambda: json.dumps({(1,): 2})); print(json.dumps({(1,): 2}, skipkeys=True))
t(lambda: json.dumps(set()))
print(json.dumps(set([1]), default=list), json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(-float('inf')))
t(lambda: json.dumps(float('nan'), allow_nan=False))
l = []; l.append(l); t(lambda: json.dumps(l))
print(json.dumps('\u2603\U0001f600'), json.dumps('\x00\x1f\x7f'), json.dumps(1e100), json.dumps(10**30), json.dumps(1.0), json.dumps(-0.0))
t(lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True))
for s in ['', '{', '[1,]', '{"a" 1}', '{"a":1,}', 'nul', '[1 2]', '"abc', '"\\x"', '01', '1.', '{1:2}', '[1]x', '  ', '"\x01"', '[', '{"a":', 'tru', '-', '"\\ud800"', '1e', '[,]']:
    t(lambda: json.loads(s))
try: json.loads('{\n "a": [1,\n 2,,]}')
except json.JSONDecodeError as e: print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc[:5]))
t(lambda: json.loads(1)); t(lambda: json.loads(None)); t(lambda: json.loads(b'{"a": 1}')); t(lambda: json.loads(bytearray(b'[1]')))
t(lambda: json.loads('"\\ud83d\\ude00"')); t(lambda: json.loads('NaN')); t(lambda: json.loads('-Infinity')); t(lambda: json.loads('1E400'))
t(lambda: json.loads('[1.5, 2]', parse_float=str)); t(lambda: json.loads('[1, 2]', parse_int=float)); t(lambda: json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
t(lambda: json.loads('{"a": 1, "a": 2}', object_pairs_hook=list)); t(lambda: json.loads('NaN', parse_constant=lambda s: s))
t(lambda: json.loads('\ufeff[1]'))
t(lambda: json.loads('{"a": 1}', cls=json.JSONDecoder))
print(json.JSONEncoder(indent=1).encode([1, [2]]), list(json.JSONEncoder().iterencode({'a': 1})))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps(1+2j, cls=E)); t(lambda: json.dumps(object(), cls=E))
import io
s = io.StringIO(); json.dump({'k': [1]}, s); print(s.getvalue(), json.load(io.StringIO('[3]')))
print(json.JSONDecoder().raw_decode('[1] rest'))
t(lambda: json.JSONDecoder().raw_decode(' [1]'))
print(json.dumps("a", indent=2), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps({'a': 1}, indent=2, separators=(', ', ': ')))
import decimal
print(json.loads('1.1', parse_float=decimal.Decimal))
t(lambda: json.dumps(b'x'))
class S(str): pass
class I(int): pass
class F(float): pass
print(json.dumps([S('x'), I(3), F(1.5)]), json.dumps({S('k'): 1}))
import enum
class Co(enum.IntEnum):
    R = 1
print(json.dumps(Co.R), json.dumps({Co.R: 1}))
print(json.loads('  {"a" :  [ 1 , 2 ] }  '), json.loads('"\\u00e9\\n\\t\\/"'))
