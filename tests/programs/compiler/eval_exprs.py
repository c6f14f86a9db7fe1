# eval() of many expression forms, compiled by krait's own compiler.

def show(src, g=None, l=None):
    try:
        if g is None:
            r = eval(src)
        elif l is None:
            r = eval(src, g)
        else:
            r = eval(src, g, l)
        print(repr(src), '->', repr(r))
    except Exception as e:
        print(repr(src), '!!', type(e).__name__, e)

# literals
for src in ['0', '42', '-7', '10**30', '0x_ff', '0o17', '0b1011', '1_000_000',
            '123456789012345678901234567890', '3.25', '1e10', '1.5e-3', '.5', '5.',
            '2j', '1+2j', '-1j', '1.5J', 'True', 'False', 'None', '...',
            "'abc'", '"a\\tb\\n"', "'\\x41\\101\\u00e9\\U0001F600'", "r'\\n\\d'",
            "b'\\x00ab\\n'", "rb'\\x'", "'con' 'cat' \"ena\" 'tion'", "'''tri\nple'''",
            "u'unicode'", "'\\N{BULLET}'", "'a\\\nb'", "B'xy'", "R'\\t'"]:
    show(src)

# f-strings
g = {'a': 'hi', 'b': 3.14159, 'n': 42, 'w': 8, 'items': [1, 2]}
for src in ["f'{a}'", "f'{a!r}'", "f'{a!s:>5}|'", "f'{b:.2f}'", "f'{n:{w}d}|'",
            "f'{n=}'", "f'{n = }'", "f'{b=:.1f}'", "f'{a!a}'", "f'{{literal}} {n}'",
            "f'{items[0] + items[1]}'", "f'{\"q\"}'", "f'{n:#x} {n:08b}'", "f''",
            "f'a' 'b' f'{n}'", "F'{n}'", "rf'\\n{n}'", "f'{n!r:>{w}}'",
            "f'{3.0:g}'", "f'{a:*^9}'"]:
    show(src, g)

# names, attributes, subscripts, slices
g = {'x': 10, 'lst': list(range(10)), 'd': {'k': 'v', (1, 2): 'tuple'}, 's': 'hello'}
for src in ['x', 'x.bit_length()', 'lst[3]', 'lst[-1]', 'lst[2:5]', 'lst[::3]', 'lst[::-1]',
            'lst[1:8:2]', "d['k']", 'd[1, 2]', 's[1:]', 's.upper().lower()', 'lst[:]',
            'undefined_name', 'x.nope', 'lst[100]']:
    show(src, g)

# operators
g = {'a': 7, 'b': 3, 'f': 2.5, 'S': {1, 2}, 'T': {2, 3}}
for src in ['a + b', 'a - b', 'a * b', 'a / b', 'a // b', 'a % b', 'a ** b', '-a', '+a', '~a',
            'a << b', 'a >> 1', 'a & b', 'a | b', 'a ^ b', 'not a', 'f * 2', 'S | T', 'S & T',
            'S - T', 'S ^ T', '2 ** -1', '2 ** 3 ** 2', '-2 ** 2', '(a + b) * 2', 'a + b * 2',
            'a < b', 'a > b', 'a == 7', 'a != 7', 'a <= 7 >= b', '1 < a < 10', '1 < a < 5',
            '1 < 2 < 3 < 4 < 5', '3 > 2 > 1 > 1', 'a is a', 'a is not None', '2 in S',
            '5 not in S', 'a and b', 'a or b', '0 and b', '0 or b', 'None or 0 or [] or "x"',
            '1 and 2 and 3', 'a if a > b else b', 'a if a < b else b', '1 / 0', "'a' + 1"]:
    show(src, g)

# calls
g = {'f': lambda *a, **k: (a, sorted(k.items())), 'args': (1, 2), 'kw': {'x': 1}}
for src in ['f()', 'f(1, 2)', 'f(a=1)', 'f(1, b=2)', 'f(*args)', 'f(0, *args, 3)',
            'f(**kw)', 'f(*args, **kw, y=2)', 'f(y=0, **kw)', 'f(*args, *args)',
            'f(**kw, **{"z": 3})', 'f(x for x in range(3))[0][0].__name__', 'len("abc")',
            'max(1, 5, key=lambda v: -v)', 'f(**kw, x=2)', 'sorted([3, 1, 2], reverse=True)']:
    show(src, g)

# displays
g = {'a': [1, 2], 'd': {'x': 1}}
for src in ['()', '(1,)', '(1, 2, 3)', '[]', '[1, [2, 3]]', '{1, 2, 2}', '{}', "{'a': 1, 'b': 2}",
            '[*a, 3]', '(*a, *a)', '{*a, 5}', '{**d, "y": 2}', '{"w": 0, **d}', '[*range(3)]',
            '{1: 2, **{3: 4}, 5: 6}', '1,', '1, 2']:
    show(src, g)

# comprehensions and generators
g = {'data': [3, 1, 4, 1, 5, 9, 2, 6]}
for src in ['[x for x in data]', '[x * 2 for x in data if x > 2]', '{x for x in data}',
            '{x: x * x for x in data if x % 2}', '[(x, y) for x in range(3) for y in range(x)]',
            '[y for x in [[1, 2], [3]] for y in x if y != 2]', 'sum(x for x in data)',
            'list(x + 1 for x in data if x < 4)', '[[j for j in range(i)] for i in range(4)]',
            '[x for x in range(3) if x if x > 1]', 'next(iter(x for x in data))',
            '{k: v for k, v in zip("abc", range(3))}', '[a + b for a, b in [(1, 2), (3, 4)]]',
            '[*[x for x in "ab"], "c"]']:
    show(src, g)

# lambda
g = {}
for src in ['(lambda: 1)()', '(lambda x, y=2: x + y)(1)', '(lambda *a: a)(1, 2)',
            '(lambda **k: k)(a=1)', '(lambda a, *, b: a - b)(5, b=3)',
            '(lambda a, /, b: a * b)(2, 3)', '(lambda x: lambda y: x + y)(1)(2)',
            '(lambda n: [n * i for i in range(3)])(5)', '(lambda: (yield))().__class__.__name__', 'list((lambda: (yield 1))())',
            '(lambda x=[]: x)()', '(lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f))(0, d=4)',
            '(lambda: x)()']:
    show(src, g)

f = eval('lambda a, b=2, *, c=3: None')
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_filename)

# walrus
g = {}
show('(y := 10) * 2', g)
print(g.get('y'))
show('[z := i for i in range(3)]', g)
print(g.get('z'))
show('[(w := w + 1) for _ in range(3)]', {'w': 0})

# globals/locals
show('x + y', {'x': 1}, {'y': 2})
show('x', {'x': 'global'}, {'x': 'local'})
show('[x for _ in range(2)]', {'x': 'g'}, {'x': 'l'})
