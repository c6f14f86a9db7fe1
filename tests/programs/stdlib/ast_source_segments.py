import ast
SRC = '''\
"""Module docstring."""
import os  # comment
@decorator
@other.deco(arg=1)
def func(a, b: int = 2, *args: str, key=None, **kw) -> dict:
    """Doc."""
    x = (a +
         b)  # trailing
    y = [i for i in range(10)
         if i % 2]
    if x > 1:
        pass
    elif x < 0:
        return -x
    else:
        x = \\
            3
    try:
        z = {k: v for k, v in kw.items()}
    except (KeyError, ValueError) as err:
        raise RuntimeError("bad") from err
    finally:
        del z
    with open("f") as fh, ctx() as (p, q):
        data = fh.read()[1:-1:2]
    while True:
        break
    for i, *rest in pairs:
        continue
    return lambda q, *, r=1: q if r else -q

class K(Base, metaclass=Meta):
    attr: int = 0
    def method(self): return self.attr; pass

async def co():
    await thing(1)
x = a < b == c
first, *middle, last = seq
obj.attr[0] = value = 5
global_var: "str"
print(*args, sep='', **kw)
t = 1,
s = {1, 2, *more}
e = not x or y and z
n = -1 ** 2
'''
tree = ast.parse(SRC)
print(ast.dump(tree, include_attributes=True, indent=1))
for node in ast.walk(tree):
    if isinstance(node, ast.expr) and not isinstance(node, ast.Constant):
        seg = ast.get_source_segment(SRC, node)
        print(type(node).__name__, repr(seg))
