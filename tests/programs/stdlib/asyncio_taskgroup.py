# asyncio.TaskGroup: results, failure cancels siblings, ExceptionGroup, except*
import asyncio

async def job(i, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"job {i} failed")
    return i * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(i, 0.001 * i)) for i in range(4)]
    print([t.result() for t in ts])

    log = []
    async def sibling():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("sibling cancelled")
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(job(1, 0.01, fail=True))
            tg.create_task(job(2, 0.005, fail=False))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [str(e) for e in eg.exceptions])
    print(log)

    try:
        async with asyncio.TaskGroup() as tg:
            # both fail in the same loop iteration, before the group cancels anything
            tg.create_task(job(1, 0, fail=True))
            tg.create_task(job(2, 0, fail=True))
    except* ValueError as eg:
        print("except* got", sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, 0.5))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", [repr(e) for e in eg.exceptions])

asyncio.run(main())
