class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return iter([])  # finishes at once with None
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "waiting"
        return self.v
class BadAwait:
    def __await__(self):
        return 42
class CoroAwait:
    def __await__(self):
        async def c():
            return 1
        return c()

def drive(c):
    steps = []
    try:
        while True:
            steps.append(c.send(None))
    except StopIteration as e:
        return steps, e.value

async def main():
    a = await Ready(1)
    b = await Value(7)
    return a, b
print(drive(main()))

async def bad(x):
    return await x
for obj in [BadAwait(), 3, "s", None]:
    try:
        print(drive(bad(obj)))
    except TypeError as e:
        print(type(e).__name__, e)

async def inner():
    return await Value("deep")
async def outer():
    c = inner()
    r1 = await c
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)
    return r1
print(drive(outer()))

co = outer()
print(co.send(None))
print(type(co.cr_await).__name__)
co.close()
print(co.cr_await, co.cr_frame)

async def thrown():
    try:
        await Value(1)
    except KeyError as e:
        return "handled " + repr(e)
t = thrown()
t.send(None)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

async def cleanup():
    try:
        await Value(1)
    finally:
        print("coroutine finally")
cl = cleanup()
cl.send(None)
print(cl.close())

w = Value(5).__await__()
print(next(w))
try:
    w.send(None)
except StopIteration as e:
    print("value", e.value)
