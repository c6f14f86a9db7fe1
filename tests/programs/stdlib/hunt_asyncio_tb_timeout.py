import asyncio
async def slow(): await asyncio.sleep(1)
async def main():
    await asyncio.wait_for(slow(), 0.01)
asyncio.run(main())
