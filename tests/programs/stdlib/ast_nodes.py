import ast
n = ast.Name('x', ast.Load())
print(ast.dump(n), n._fields, ast.Name._attributes, ast.Name.__match_args__)
b = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))
print(ast.dump(b))
print(ast.Constant.__doc__, ast.Constant(5).kind, isinstance(b, ast.expr), issubclass(ast.Add, ast.operator))
try:
    ast.Name(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(ast.Load().__reduce__()[0].__name__, type(ast.AST).__name__, ast.AST._fields)
match b:
    case ast.BinOp(left=ast.Constant(value=v), op=ast.Add()):
        print("matched", v)
print(ast.Num(3).n if hasattr(ast, 'Num') else None, isinstance(ast.Constant(3), ast.Num))
print(hasattr(ast.Name('y'), 'ctx'), ast.Module([], []).body)
