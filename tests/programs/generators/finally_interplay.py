def f1():
    try:
        yield 1
        return "normal"
    finally:
        print("f1 finally")

def run(g):
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        out.append(("ret", e.value))
    return out

print(run(f1()))

def f2():
    try:
        yield 1
    finally:
        yield "from finally"

g = f2()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(g, "end"))

def f3():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
print(list(f3()))
g = f3()
next(g)
next(g)
g.close()

def f4():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
    finally:
        print("f4 finally")
g = f4()
next(g)
g.close()

def f5():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("caught zde")
        yield "after zde"
g = f5()
next(g)
print(g.throw(ZeroDivisionError))
print(next(g, "done"))

def f6():
    x = 0
    try:
        while True:
            x += yield x
    finally:
        print("f6 final x", x)
g = f6()
next(g)
g.send(3)
g.send(4)
del g
print("after del g")

def f7():
    try:
        yield 1
    finally:
        return "swallowed"
g = f7()
next(g)
print(g.close())
g = f7()
next(g)
try:
    g.throw(ValueError("lost"))
except StopIteration as e:
    print("stop with", e.value)
