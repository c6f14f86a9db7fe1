import json, enum, collections
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Co(enum.IntEnum):
    R = 1
class Fl(float): pass
class D(dict): pass
t(lambda: json.dumps({Co.R: Co.R, Fl(2.5): Fl(1.5), 1.0: 2, False: None, None: True}))
t(lambda: json.dumps(collections.OrderedDict(b=1, a=2), sort_keys=True))
t(lambda: json.dumps(D(x=[1, (2, 3)], y={}), separators=(',', ':')))
t(lambda: json.dumps({1j: 1}))
t(lambda: json.dumps({1j: 1, 'a': 2}, skipkeys=True))
t(lambda: json.dumps({'a': float('inf')}, allow_nan=False))
t(lambda: json.dumps({float('nan'): 1}))
t(lambda: json.dumps({float('nan'): 1}, allow_nan=False))
d = {}; d['self'] = d
t(lambda: json.dumps(d))
t(lambda: json.dumps(d, check_circular=False))
t(lambda: json.dumps([object()], default=lambda o: [o]))
t(lambda: json.dumps([object()], default=lambda o: 'obj', check_circular=False))
x = [[]]
for _ in range(5000): x = [x]
t(lambda: json.dumps(x))
t(lambda: json.dumps({'a': 1, 1: 2}, sort_keys=True))
t(lambda: json.dumps([1, 'é', {'\u2603': '\U0001f600'}], ensure_ascii=False))
t(lambda: json.dumps(['a'] * 3, separators=(';', '=')))
class E(json.JSONEncoder):
    def encode(self, o): return 'custom'
t(lambda: json.dumps([1], cls=E))
t(lambda: json.encoder.c_make_encoder is not None)
t(lambda: type(json.encoder.c_make_encoder).__name__)
t(lambda: json.encoder.c_make_encoder(None, None, None, None, 1, ',', False, False, True))
t(lambda: json.encoder.c_make_encoder([], None, None, None, ':', ',', False, False, True))
e = json.encoder.c_make_encoder({}, str, json.encoder.encode_basestring_ascii, None, ':', ',', True, False, True)
t(lambda: e({'b': [1, 2.0, None], 'a': 1j}, 0))
e2 = json.encoder.c_make_encoder(None, str, lambda s: s.upper(), None, ':', ',', False, False, True)
t(lambda: e2(['ab', {'k': 'v'}], 0))
e3 = json.encoder.c_make_encoder(None, str, lambda s: 5, None, ':', ',', False, False, True)
t(lambda: e3(['ab'], 0))
t(lambda: json.dumps(True) + json.dumps(None) + json.dumps(10**40) + json.dumps(-1.5e-7))
