import asyncio
async def f(n):
    await asyncio.sleep(0)
    raise ValueError(n)
async def main():
    t = asyncio.create_task(f(1))
    try: await t
    except ValueError as e:
        import traceback
        print(''.join(traceback.format_exception(e)).replace(__file__, 'F'))
    try: await asyncio.gather(f(2), f(3))
    except ValueError as e: print('gathered', e)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(f(4))
asyncio.run(main())
