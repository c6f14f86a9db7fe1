# async generators and async context managers inside tasks
import asyncio
import contextlib

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker cleanup", n)

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError

@contextlib.asynccontextmanager
async def managed(tag):
    print("open", tag)
    try:
        yield tag.upper()
    finally:
        print("close", tag)

async def consume():
    out = [i async for i in ticker(3, 0.001)]
    async with Resource("r1") as r:
        out.append(r.name)
    async with Resource("r2"):
        raise KeyError("suppressed")
    async with managed("m") as m:
        out.append(m)
    return out

async def early_break():
    agen = ticker(10, 0)
    async for i in agen:
        if i == 2:
            break
    await agen.aclose()
    return i

async def main():
    print(await asyncio.create_task(consume()))
    print(await early_break())
    g = ticker(2, 0)
    print(await g.__anext__(), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(ticker(0, 0), "default"))
    results = await asyncio.gather(*(asyncio.create_task(consume()) for _ in range(2)))
    print(len(results))

asyncio.run(main())
