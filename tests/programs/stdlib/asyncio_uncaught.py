# an exception escaping asyncio.run prints CPython's traceback
import asyncio

async def inner(x):
    await asyncio.sleep(0)
    return 1 / x

async def main():
    print("before")
    await asyncio.create_task(inner(0))
    print("never")

asyncio.run(main())
