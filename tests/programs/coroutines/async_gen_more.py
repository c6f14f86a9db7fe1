class Tick:
    def __await__(self):
        v = yield "tick"
        return v

async def ticker(n):
    for i in range(n):
        got = await Tick()
        yield (i, got)

def drive(c, feed=None):
    events = []
    val = None
    try:
        while True:
            events.append(c.send(val))
            val = feed.pop(0) if feed else None
    except StopIteration as e:
        return events, e.value

async def collect():
    out = []
    async for item in ticker(3):
        out.append(item)
    return out
print(drive(collect(), ["x", "y", "z"]))

async def gen_finally():
    try:
        yield 1
        await Tick()
        yield 2
    finally:
        print("async gen finally")

async def early_break():
    async for v in gen_finally():
        print("got", v)
        break
    return "broke"
print(drive(early_break()))

async def use_aclose():
    g = gen_finally()
    first = await g.__anext__()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return ("closed", first)
print(drive(use_aclose()))

async def use_athrow():
    async def inner():
        while True:
            try:
                yield "ready"
            except ValueError as e:
                yield f"recovered {e}"
    g = inner()
    a = await g.__anext__()
    b = await g.athrow(ValueError("oops"))
    c = await g.asend(None)
    await g.aclose()
    return a, b, c
print(drive(use_athrow()))

async def nested_comprehension():
    return [x async for x in ticker(2)], {k: v async for k, v in ticker(2)}
print(drive(nested_comprehension()))

async def raising_gen():
    yield 1
    raise KeyError("agen boom")
async def consume_raising():
    try:
        async for v in raising_gen():
            pass
    except KeyError as e:
        return "caught " + repr(e)
print(drive(consume_raising()))

async def reuse():
    g = ticker(1)
    aw = g.__anext__()
    r = await aw
    try:
        await aw
    except RuntimeError as e:
        return r, str(e)
print(drive(reuse()))

ag = ticker(1)
print(type(ag.__anext__()).__name__, type(ag.aclose()).__name__, type(ag.asend(None)).__name__)
