import ast

SOURCES = [
    "x = 1",
    "a, b = b, a",
    "x: int = 5",
    "(y): list",
    "a.b: int",
    "x += 1; y -= 2; z **= 3; w //= 4; v @= m",
    "del a, b[0], c.d",
    "pass\nbreak\ncontinue",
    "global g1, g2\nnonlocal n",
    "import os, os.path as p\nfrom . import x\nfrom ..a.b import (c as d, e)\nfrom m import *",
    "assert x, 'msg'",
    "raise E from None",
    "raise",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e",
    "while x:\n    x -= 1\nelse:\n    done()",
    "for i in range(10):\n    if i: continue\n    break",
    "try:\n    f()\nexcept (A, B) as e:\n    g()\nexcept C:\n    pass\nexcept:\n    raise\nelse:\n    h()\nfinally:\n    k()",
    "with open(f) as fh, lock:\n    fh.read()",
    "with (a as b, c as d):\n    pass",
    "@dec\n@dec2(1)\ndef f(a, b: int = 1, *args, c, d=2, **kw) -> str:\n    return a",
    "async def co():\n    await x\n    return [y async for y in z]",
    "class C(B, metaclass=M):\n    '''doc'''\n    x = 1\n    def m(self): pass",
    "lambda: 0",
    "lambda x, *y, z=1, **w: x + y",
    "a if b else c",
    "not a and b or c",
    "a < b <= c != d is e is not f in g not in h",
    "-a + +b * ~c / d // e % f ** g @ h",
    "a << b >> c & d | e ^ f",
    "f(a)(b)[c].d",
    "x[1:2, ::3, 4]",
    "x[a:b:c]",
    "[1, *a, 2]",
    "{1: 2, **m, 3: 4}",
    "{1, 2}",
    "()",
    "(1,)",
    "[x for x in y if x if not x for z in x]",
    "{k: v for k, v in d.items()}",
    "{s for s in t}",
    "(g for g in h)",
    "f(x for x in y)",
    "(n := 10)",
    "def g():\n    yield\n    yield 1\n    x = yield from y",
    "f'a{b!r:>{w}} {c=}'",
    "'abc' 'def'",
    "b'bytes'",
    "u'unicode'",
    "U\"x\" 'y'",
    "x = (u'a', 'b')",
    "1.5 + 2j + 0x10 + 1_000 + ...",
    "None, True, False",
    "print('héllo', é)",
    "x = 'héllo' + y",
]

for src in SOURCES:
    try:
        print(ast.dump(ast.parse(src), include_attributes=True))
    except SyntaxError as e:
        print("SyntaxError", e)

for src in ["f'a{b!r:>{w}} {c=}'", "x = f'{a + b}' + F'{ c }'", "f'''x\n  {y}\n{z:{q}}'''", "  (f'{a}' 'b' f'{c}')",
            "f'''{\n  x}'''", "f'{a}' f'{b:{c}}' 'd'", "rf'{x}\\n'", "f'{é}{a}'"]:
    print(ast.dump(ast.parse(src.strip()), include_attributes=True))
def g(v):
    return f"value: {v + 1}"
try:
    g("t")
except TypeError as e:
    import traceback; traceback.print_exc()
g("t")
