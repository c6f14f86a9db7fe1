async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(compute()))

c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_code.co_name, c.cr_origin)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(c.close())

c1 = add(1, 2)
try:
    next(c1)
except TypeError as e:
    print(type(e).__name__, e)
c1.close()
c2 = add(1, 2)
try:
    iter(c2)
except TypeError as e:
    print(type(e).__name__, e)
c2.close()

async def bad_await():
    await 5
c3 = bad_await()
try:
    c3.send(None)
except TypeError as e:
    print(type(e).__name__, e)

async def awaits_list():
    await [1, 2]
try:
    awaits_list().send(None)
except TypeError as e:
    print(type(e).__name__, e)

c4 = compute()
w = c4.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)

async def raises():
    raise ValueError("inside coroutine")
async def catcher():
    try:
        await raises()
    except ValueError as e:
        return "caught " + str(e)
print(run(catcher()))

async def stops():
    raise StopIteration
try:
    run(stops())
except RuntimeError as e:
    print(type(e).__name__, e)

c5 = add(1, 1)
try:
    c5.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c5.close()
c6 = add(2, 2)
try:
    c6.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown out", repr(e))
