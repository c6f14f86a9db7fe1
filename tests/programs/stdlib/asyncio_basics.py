# asyncio: run, sleep ordering, create_task, task names/results, call_soon/call_later
import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done")
    return name.upper()

async def main():
    log = []
    t1 = asyncio.create_task(worker("a", 0.03, log), name="task-a")
    t2 = asyncio.create_task(worker("b", 0.01, log))
    print(t1.get_name(), t2.get_name().startswith("Task-"))
    print(t1.done(), await t1, await t2, t1.done(), t1.result())
    print(log)
    print(await asyncio.sleep(0, result="slept"))

    loop = asyncio.get_running_loop()
    events = []
    loop.call_soon(events.append, "soon1")
    loop.call_later(0.02, events.append, "later")
    loop.call_soon(events.append, "soon2")
    h = loop.call_later(0.01, events.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.04)
    print(events, h.cancelled())

    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print(await fut, fut.done())
    c = worker("x", 0, [])
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutine(c))
    c.close()
    print(asyncio.current_task() is not None, type(asyncio.current_task()).__name__)
    return "main result"

print(asyncio.run(main()))

async def sub():
    return 7
print(asyncio.run(sub()))
try:
    asyncio.run(42)
except Exception as e:
    print(type(e).__name__, e)
