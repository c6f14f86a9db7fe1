import ast

tree = ast.parse("result = [x * 2 for x in data if x % 2]\ntotal = sum(result)")
code = compile(tree, "<ast>", "exec")
ns = {"data": range(10)}
exec(code, ns)
print(ns["result"], ns["total"])

expr = ast.parse("a * b + 1", mode="eval")
print(eval(compile(expr, "<ast>", "eval"), {"a": 3, "b": 4}))

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

t = Doubler().visit(ast.parse("def f(x):\n    return x + 5\nval = f(10)"))
ns = {}
exec(compile(t, "<t>", "exec"), ns)
print(ns["val"])

built = ast.Module(
    body=[ast.Assign(targets=[ast.Name("z", ast.Store())], value=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))],
    type_ignores=[],
)
ast.fix_missing_locations(built)
ns = {}
exec(compile(built, "<built>", "exec"), ns)
print(ns["z"])
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant("hi"))), "<e>", "eval")))
for bad in [ast.Expression(ast.Constant("hi")),
            ast.Module([ast.Pass()], []),
            ast.Module([ast.Expr(ast.Name("q", ast.Load()), lineno=1, col_offset=0)], [])]:
    try:
        compile(bad, "<bad>", "eval" if isinstance(bad, ast.Expression) else "exec")
        print("compiled")
    except TypeError as e:
        print("TypeError", e)

t = ast.parse("x = 1")
print(compile(t, "<s>", "exec", ast.PyCF_ONLY_AST) is t)
for mode, node in [("exec", ast.Expression(body=ast.Constant(1))), ("eval", ast.parse("x")),
                   ("single", ast.parse("x")), ("exec", ast.Name("x", ast.Load()))]:
    try:
        compile(node, "<s>", mode)
    except TypeError as e:
        print("TypeError", e)
try:
    compile(42, "<s>", "exec")
except TypeError as e:
    print("TypeError", e)

print(ast.dump(ast.parse("f(x for x in y)\ng((a for a in b))"), include_attributes=True))
for bad in ["h(x for x in y,)", "h(1, x for x in y)", "h(x for x in y, 1)"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.parse("(1, 'a')", mode="eval").body))
