tests = [
    lambda: 5(),
    lambda: 'a'(),
    lambda: None(),
    lambda: [](),
    lambda: (1, 2)(3),
    lambda: {}(),
    lambda: 1.5(),
    lambda: True(),
    lambda: 5[0],
    lambda: None[0],
    lambda: 1.5[0],
    lambda: len[0],
    lambda: (lambda: 0)[0],
    lambda: None.x,
    lambda: (5).x,
    lambda: 'a'.foo,
    lambda: [].nope,
    lambda: len.x,
    lambda: int.nope,
    lambda: type(None).nope,
    lambda: {}.x,
    lambda: str.x,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
x = 5
try:
    x[0] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'[0] = 'x'
except Exception as e:
    print(type(e).__name__, e)
try:
    (1,)[0] = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    del x[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    x.y = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.upper = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    None.x = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    [].append = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    del [].append
except Exception as e:
    print(type(e).__name__, e)
