def f(d):
    return d['a']['b']['c']
f({'a': {'b': {}}})
