import json
class X: pass
def enc(o):
    raise ValueError('no way')
json.dumps([1, {'k': X()}], default=enc)
