# asyncio queues: producer/consumer over Queue, PriorityQueue, LifoQueue; join/task_done
import asyncio

async def producer(q, items, delay):
    for it in items:
        await q.put(it)
        await asyncio.sleep(delay)

async def consumer(name, q, out):
    while True:
        item = await q.get()
        out.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    out = []
    cons = [asyncio.create_task(consumer(f"c{i}", q, out)) for i in range(2)]
    await producer(q, range(6), 0.005)
    await q.join()
    for c in cons:
        c.cancel()
    res = await asyncio.gather(*cons, return_exceptions=True)
    print(sorted(item for _, item in out), [type(r).__name__ for r in res])

    pq = asyncio.PriorityQueue()
    for p in [5, 1, 4, 2, 3]:
        pq.put_nowait((p, f"job{p}"))
    print([pq.get_nowait() for _ in range(pq.qsize())])

    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])

    small = asyncio.Queue(1)
    small.put_nowait(1)
    try:
        small.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    small.get_nowait()
    try:
        small.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    # a getter waiting for an item
    q2 = asyncio.Queue()
    async def later():
        await asyncio.sleep(0.01)
        q2.put_nowait("late item")
    asyncio.create_task(later())
    print(await q2.get())
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
