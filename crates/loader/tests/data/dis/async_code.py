import asyncio


async def fetch(session, url):
    async with session.get(url) as resp:
        return await resp.text()


async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def consume():
    async for x in agen(3):
        print(x)
    result = [x async for x in agen(3) if x]
    awaited = [await y for y in [fetch(None, "u")]]
    async with a() as b, c() as d:
        pass
    return result, awaited


def outer():
    async def inner():
        return await consume()
    return inner
