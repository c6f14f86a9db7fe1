import asyncio
async def work(n, d=0):
    await asyncio.sleep(d)
    if n < 0: raise ValueError(f'neg {n}')
    return n * 2
async def main():
    print(await asyncio.gather(work(1), work(2, 0.01), work(3)))
    r = await asyncio.gather(work(1), work(-1), return_exceptions=True); print(r)
    try: await asyncio.gather(work(-2), work(3))
    except ValueError as e: print('gather err', e)
    t = asyncio.create_task(work(5), name='w5'); print(t.get_name(), t.done()); print(await t, t.done(), t.result())
    t2 = asyncio.create_task(asyncio.sleep(10)); await asyncio.sleep(0); t2.cancel()
    try: await t2
    except asyncio.CancelledError: print('cancelled', t2.cancelled())
    try: await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e: print('timeout', type(e).__name__, TimeoutError is asyncio.TimeoutError)
    try:
        async with asyncio.timeout(0.01): await asyncio.sleep(5)
    except TimeoutError: print('timeout ctx')
    q = asyncio.Queue(maxsize=2)
    async def prod():
        for i in range(5): await q.put(i)
        await q.put(None)
    async def cons():
        out = []
        while (x := await q.get()) is not None: out.append(x); q.task_done()
        return out
    _, got = await asyncio.gather(prod(), cons()); print(got, q.qsize(), q.empty())
    try: q.get_nowait()
    except asyncio.QueueEmpty: print('QueueEmpty')
    done, pending = await asyncio.wait([asyncio.create_task(work(i, i*0.01)) for i in range(3)], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending: p.cancel()
    t3 = asyncio.create_task(work(-9)); await asyncio.sleep(0.01); print(t3.done(), repr(t3.exception()))
    try: t3.result()
    except ValueError as e: print('result raised', e)
    lock = asyncio.Lock(); ev = asyncio.Event()
    async with lock: print('locked', lock.locked())
    async def setter(): await asyncio.sleep(0); ev.set()
    asyncio.create_task(setter()); await ev.wait(); print('event', ev.is_set())
    sem = asyncio.Semaphore(2); res = []
    async def lim(i):
        async with sem: res.append(i); await asyncio.sleep(0)
    await asyncio.gather(*(lim(i) for i in range(4))); print(res)
    for c in asyncio.as_completed([work(3, 0.02), work(1, 0.0)]): print('ac', await c)
    loop = asyncio.get_running_loop(); fut = loop.create_future(); loop.call_soon(fut.set_result, 'fut'); print(await fut)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(-1)); tg.create_task(work(-2, 0.01))
    except* ValueError as eg: print('eg', sorted(str(e) for e in eg.exceptions))
    print(await asyncio.shield(work(4)), asyncio.iscoroutinefunction(work), asyncio.iscoroutine(work(0).__await__) if False else 0)
    print(await asyncio.to_thread(sum, [1,2]) if False else 3)
    def cb(f): print('done cb', f.result())
    t4 = asyncio.ensure_future(work(7)); t4.add_done_callback(cb); await t4; await asyncio.sleep(0)
    print(type(asyncio.current_task()).__name__, len(asyncio.all_tasks()) >= 1)
print(asyncio.run(main()))
async def boom(): raise KeyError('bad')
try: asyncio.run(boom())
except KeyError as e: print('run raised', e)
async def agen():
    for i in range(3):
        yield i; await asyncio.sleep(0)
async def m2():
    print([x async for x in agen()], [x * 2 async for x in agen() if x])
asyncio.run(m2())
try: asyncio.run(5)
except ValueError as e: print(e)
c = work(1)
try: asyncio.run(c)
finally: pass
print(asyncio.run(work(21)))
