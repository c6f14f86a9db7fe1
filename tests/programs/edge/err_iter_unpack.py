def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def f1():
    for i in 5: pass
def f2():
    a, b = 1
def f3():
    a, b = [1, 2, 3]
def f4():
    a, b, c = 'ab'
def f5():
    a, *b, c = [1]
def f6():
    iter(None)
def f7():
    list(1.5)
def f8():
    next([])
def f9():
    a, b = None
def f10():
    [*5]
def f11():
    print(*None)
def f12():
    dict(**[1])
def f13():
    {**[1]}
def f14():
    len(5)
def f15():
    len(None)
def f16():
    len(iter([]))
def f17():
    x = 1 in 5
def f18():
    'a' in ['a'] in 5
def f19():
    1 in 'abc'
def f20():
    [] in {}
def f21():
    {[]: 1}
def f22():
    {[1]}
def f23():
    set([[1]])
def f24():
    sum(['a', 'b'])
def f25():
    sum([1], 'a')
def f26():
    a, b = {1: 2}
def f27():
    zip(1)
def f28():
    enumerate(5)
def f29():
    sorted(5)
def f30():
    min([])
def f31():
    max(5)
def f32():
    tuple(None)
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32]:
    t(f)
