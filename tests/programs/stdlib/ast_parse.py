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
        print(ast.dump(ast.parse(src)))
    except SyntaxError as e:
        print("SyntaxError", e)

for src in ["a + b", "x[1] * f(y)", "obj.attr.meth()", "é + 1", "def f():\n  return 1\n"]:
    print(ast.dump(ast.parse(src), include_attributes=True))

print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("if x:\n    pass\n"), indent=2))
print(ast.dump(compile("a*b", "<s>", "eval", ast.PyCF_ONLY_AST)))
t = ast.parse("x = 1", type_comments=False, feature_version=(3, 8))
print(type(t).__name__, type(t.body[0]).__name__, t.body[0].value.value)
print(isinstance(t, ast.AST), isinstance(t.body[0], ast.stmt))

for bad in ["x = (", "def f(:", "a +", "return return"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)

# literal_eval
for s in ["1", "-2.5", "1+2j", "'s'", "b'b'", "[1, (2, 3), {4: 5}]", "{1, 2}", "set()",
          "None", "True", "(1,)", "  42", "{'a': [1, {'b': None}]}", "-(1)", "+3"]:
    print(repr(ast.literal_eval(s)))
for s in ["f(1)", "a + b", "x", "1 + 'a'", "[1, y]", "{**a}", "1 if 2 else 3", "(", "2 ** 3"]:
    try:
        print(ast.literal_eval(s))
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

# walk / visitors
tree = ast.parse("def f(a):\n    b = a + 1\n    return g(b, a)\nclass K: pass\n")
print(sorted(type(n).__name__ for n in ast.walk(tree)))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
    def visit_FunctionDef(self, node):
        self.seen.append(("def", node.name))
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(v.seen)

class Upper(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(value=node.value * 10)
        return node
t2 = ast.fix_missing_locations(Upper().visit(ast.parse("x = y + 1")))
print(ast.dump(t2))
code = compile(ast.unparse(t2), "<t>", "exec")
ns = {"Y": 5}
exec(code, ns)
print(ns["X"])
print(ast.unparse(ast.parse("def f(a, *, b=1):\n    return [x ** 2 for x in a if x]")))

src = "total = price * qty + tax(base)\nname = first  +  last\n"
t3 = ast.parse(src)
for node in ast.walk(t3):
    if isinstance(node, (ast.BinOp, ast.Call, ast.Name)):
        print(type(node).__name__, repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, t3.body[1], padded=True)))
ml = "x = [\n    1,\n    2,\n]\ny = f(a,\n      b)\n"
for st in ast.parse(ml).body:
    print(st.lineno, st.col_offset, st.end_lineno, st.end_col_offset, repr(ast.get_source_segment(ml, st)))
print(ast.get_docstring(ast.parse('"""Module doc."""\nx = 1')))
print(ast.get_docstring(ast.parse('def f():\n    """  Func doc.\n\n    More.\n    """')
                        .body[0]))
print([ast.dump(n) for n in ast.iter_child_nodes(ast.parse("a = b(c)").body[0])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("a = 1").body[0].targets[0])])
print(ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)

# async statements parse (compiling them is another matter)
print(ast.dump(ast.parse("async def f():\n  async for x in y: pass\n  async with a as b, c: pass"), include_attributes=True))
for args in [("x", "", "func_type"), ("x", "", "bad"), (b"x = 1", "<b>", "exec", ast.PyCF_ONLY_AST)]:
    try:
        r = compile(*args)
        print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(ast.dump(ast.parse(b"y = 'b\\xc3\\xa9'")))
print(ast.dump(ast.parse("x = 1\r\ny = 2\r\n"), include_attributes=True))
