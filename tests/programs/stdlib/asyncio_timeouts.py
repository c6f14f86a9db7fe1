# asyncio timeouts: wait_for, asyncio.timeout / timeout_at, wait, as_completed, shield
import asyncio

async def slow(x, delay):
    await asyncio.sleep(delay)
    return x

async def main():
    print(await asyncio.wait_for(slow("fast", 0.001), timeout=1))
    try:
        await asyncio.wait_for(slow("late", 0.5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow("no timeout", 0), None))

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timeout block expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.001)
    print("no deadline", cm.when(), cm.expired())
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.001)
    print("rescheduled", cm.when())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timeout_at expired")

    tasks = [asyncio.create_task(slow(i, d)) for i, d in [(1, 0.03), (2, 0.001), (3, 0.5)]]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(
        [asyncio.create_task(slow(i, d)) for i, d in [(4, 0.02), (5, 0.001)]],
        return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    await asyncio.wait(pending)

    order = []
    for fut in asyncio.as_completed([slow("c", 0.03), slow("a", 0.001), slow("b", 0.015)]):
        order.append(await fut)
    print(order)
    try:
        for fut in asyncio.as_completed([slow("x", 0.5)], timeout=0.01):
            await fut
    except TimeoutError:
        print("as_completed timed out")

    inner = asyncio.create_task(slow("shielded", 0.02))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except TimeoutError:
        print("outer timed out, inner cancelled?", inner.cancelled())
    print(await inner)

asyncio.run(main())
