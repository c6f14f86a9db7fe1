# eval/exec namespaces, compile() code objects, and tracebacks through compiled code.
import sys

g = {'a': 1}
print(eval('a + 1', g), sorted(g), g['__builtins__'] is not None)
g2 = {'__builtins__': {'len': len}}
print(eval('len("abc")', g2))
try:
    eval('print("x")', g2)
except NameError as e:
    print('NameError', e)

l = {}
exec('x = 5\ny = x * 2', {}, l)
print(sorted(l.items()))

def func():
    local_var = 'mine'
    return eval('local_var + "!"')
print(func())

def func2():
    v = 3
    return eval('[v * i for i in range(3)]')
try:
    print(func2())
except NameError as e:
    print('NameError', e)

module_level = 'module'
print(eval('module_level'))
exec('new_global = 42')
print(new_global)

ns = {}
exec('def f(x):\n    return x * k\nk = 3', ns)
print(ns['f'](5), ns['f'].__globals__ is ns, ns['f'].__module__ if '__name__' in ns else 'no module')

code = compile('a * 2', '<calc>', 'eval')
print(type(code).__name__, code.co_filename, code.co_name)
print(eval(code, {'a': 21}))
code2 = compile('out = [i for i in range(n)]', 'gen.py', 'exec')
d = {'n': 4}
exec(code2, d)
print(d['out'], code2.co_filename)
try:
    compile(code, 'x', 'eval')
except TypeError as e:
    print('TypeError', e)
print(eval(b'1 + 1'), eval('  2 * 3'))
print(exec('1') is None)

single = compile('1 + 1', '<s>', 'single')
exec(single)
exec(compile('x = 1\n', '<s>', 'single'))

co = compile('def f(a, b=1, *c, d, **e):\n    g = a\n    def h(): return g\n    return h\n', 'm.py', 'exec')
fco = [c for c in co.co_consts if type(c).__name__ == 'code'][0]
print(fco.co_name, fco.co_varnames, fco.co_cellvars, fco.co_argcount, fco.co_kwonlyargcount)
print(fco.co_firstlineno, fco.co_filename, fco.co_flags & 0xf)

try:
    eval('1 / 0')
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename if hasattr(tb, 'tb_frame') else '<string>', tb.tb_lineno)

f = eval('lambda x: 1 / x')
try:
    f(0)
except ZeroDivisionError as e:
    print('lambda raised', e)

exec('''
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)
''', ns)
try:
    ns['deep'](3)
except ValueError as e:
    print('deep', e)

sys.stdout.flush()
fn = eval('lambda _cls, a, b: _tuple_new(_cls, (a, b))', {'_tuple_new': tuple.__new__})
exec('def boom():\n    x = 1\n    return x.missing\n', ns)
ns['boom']()
