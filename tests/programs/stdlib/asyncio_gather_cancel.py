# asyncio: gather (ordering, return_exceptions), cancellation, exceptions out of tasks
import asyncio

async def square(x, delay):
    await asyncio.sleep(delay)
    return x * x

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def slow(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("finally")

async def main():
    print(await asyncio.gather(square(2, 0.02), square(3, 0.01), square(4, 0)))
    print(await asyncio.gather())
    res = await asyncio.gather(square(5, 0), fail("boom"), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res], res[1])
    try:
        await asyncio.gather(fail("first", 0.01), square(1, 0.02))
    except ValueError as e:
        print("gather raised", e)

    log = []
    t = asyncio.create_task(slow(log))
    await asyncio.sleep(0.01)
    print(t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("caught CancelledError", t.cancelled(), t.done())
    print(log)

    t2 = asyncio.create_task(fail("from task"))
    await asyncio.sleep(0.01)
    print(t2.done(), type(t2.exception()).__name__, t2.exception())
    try:
        t2.result()
    except ValueError as e:
        print("result raised", e)

    t3 = asyncio.create_task(square(9, 0))
    print(t3.cancel(msg="stop"))
    try:
        await t3
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)

    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__)
    f.set_exception(KeyError("k"))
    try:
        await f
    except KeyError as e:
        print("future raised", repr(e))

asyncio.run(main())
