# asyncio synchronization: Lock, Event, Condition, Semaphore, BoundedSemaphore
import asyncio

async def locked_worker(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.005)
        log.append(f"{name} out")

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_worker(n, lock, log) for n in "abc"))
    print(log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    ev = asyncio.Event()
    seen = []
    async def waiter(i):
        await ev.wait()
        seen.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print(ev.is_set(), seen)
    ev.set()
    await asyncio.gather(*ws)
    print(ev.is_set(), sorted(seen))
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []
    async def consume(i):
        async with cond:
            await cond.wait_for(lambda: items)
            return (i, items.pop(0))
    cs = [asyncio.create_task(consume(i)) for i in range(2)]
    await asyncio.sleep(0.01)
    async with cond:
        items.extend(["x", "y"])
        cond.notify_all()
    print(sorted(r[1] for r in await asyncio.gather(*cs)))

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.005)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak[0], sem.locked())

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
