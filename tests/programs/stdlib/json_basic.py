import json
d = {"a": [1, 2.5, None, True, False], "b": {"c": "d\u00e9\n"}, "e": 1e100}
s = json.dumps(d)
print(s)
print(json.loads(s) == d, json.loads('[1, "x", {"y": null}]'))
print(json.dumps(d, indent=2, sort_keys=True))
print(json.dumps("é", ensure_ascii=False), json.dumps([1, 2], separators=(',', ':')))
print(json.dumps(float('inf')), json.loads('NaN'), json.loads('-Infinity'))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc))
print(json.loads('{"x": 1}', object_hook=lambda o: sorted(o.items())))
print(json.loads('1.5', parse_float=str), json.dumps({2: 'a', 'b': 1}), json.dumps((1, 2)))
print(json.loads('"\\ud83d\\ude00"'), json.dumps('\U0001f600'))
