def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "handled"
    finally:
        print("finally runs")

x = g()
print(next(x))
print(x.throw(ValueError("bad")))
try:
    next(x)
except StopIteration:
    print("exhausted")

x = g()
print(next(x))
print(x.throw(ValueError, "three-arg"))
x.close()
print("closed", x.gi_frame)

x = g()
print(next(x))
try:
    x.throw(KeyError("nope"))
except KeyError as e:
    print("propagated", repr(e))
print(next(x, "after-error"))

x = g()
try:
    x.throw(TypeError("fresh"))
except TypeError as e:
    print("unstarted throw", e)
print(next(x, "dead"))

def ignores():
    n = 0
    while True:
        try:
            yield 1
        except GeneratorExit:
            n += 1
            print("ignoring exit", n)
            if n == 2:
                return

y = ignores()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got exit")
        return 5
z = returns_on_exit()
next(z)
print(z.close())

def raises_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
w = raises_on_exit()
next(w)
try:
    w.close()
except ValueError as e:
    print("close raised", e)

u = g()
print(u.close(), u.close())
try:
    u.throw(ValueError)
except ValueError as e:
    print("throw on closed", repr(e))
print(u.send(None) if False else "skip")
try:
    u.send(None)
except StopIteration as e:
    print("send on closed", repr(e))

for bad in [(1,), ("x",), (ValueError(1), 2)]:
    try:
        g().throw(*bad)
    except TypeError as e:
        print(type(e).__name__, e)

def self_ref():
    yield me.send(None)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def running():
    yield me2.gi_running
me2 = running()
print(next(me2))

def with_args():
    try:
        yield
    except Exception as e:
        yield (type(e).__name__, e.args)
v = with_args()
next(v)
print(v.throw(IndexError, (1, 2)))
v = with_args()
next(v)
print(v.throw(IndexError, None))
v = with_args()
next(v)
print(v.throw(IndexError, IndexError("inst")))
v = with_args()
next(v)
print(v.throw(LookupError, KeyError("sub")))

def fin():
    try:
        yield 1
    finally:
        print("fin cleanup")
f = fin()
next(f)
del f
print("after del")
for v in fin():
    print("loop", v)
    break
print("after break")
held = fin()
next(held)
print("end of program")
