async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen finished")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))

async def comp():
    return [v async for v in agen(4) if v]
print(run(comp()))

a = agen(2)
print(type(a).__name__, a.__name__, a.__qualname__)
print(a.ag_running, a.ag_await, a.ag_code.co_name)
print(aiter_is_self := (a.__aiter__() is a))
nx = a.__anext__()
print(type(nx).__name__)
try:
    nx.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    nx.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return
        got.append(x)
        print("echo got", got)

e = echo()
for val in [None, "a", "b"]:
    try:
        e.asend(val).send(None)
    except StopIteration as s:
        print("asend ->", s.value)

async def thrower():
    try:
        yield 1
    except ValueError as ex:
        print("agen caught", ex)
        yield 2
    finally:
        print("agen finally")

t = thrower()
try:
    t.__anext__().send(None)
except StopIteration as s:
    print("got", s.value)
try:
    t.athrow(ValueError("boom")).send(None)
except StopIteration as s:
    print("athrow ->", s.value)
try:
    t.aclose().send(None)
except StopIteration as s:
    print("aclose done", s.value)
try:
    t.__anext__().send(None)
except StopAsyncIteration as s:
    print("exhausted", type(s).__name__)

async def stop_async():
    yield 1
    raise StopAsyncIteration
s2 = stop_async()
try:
    s2.__anext__().send(None)
except StopIteration as x:
    print("ok", x.value)
try:
    s2.__anext__().send(None)
except RuntimeError as x:
    print(type(x).__name__, x)

async def awaits_inside():
    v = await helper()
    yield v
    yield v + 1
async def helper():
    return 41
async def sum_all():
    total = 0
    async for v in awaits_inside():
        total += v
    return total
print(run(sum_all()))

async def not_async_iterable():
    async for x in [1, 2]:
        pass
try:
    run(not_async_iterable())
except TypeError as x:
    print(type(x).__name__, x)

async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignore_exit()
try:
    ie.__anext__().send(None)
except StopIteration:
    pass
try:
    ie.aclose().send(None)
except RuntimeError as x:
    print(type(x).__name__, x)
