class Pause:
    def __await__(self):
        yield

async def level3(x):
    await Pause()
    return {}[x]

async def level2(x):
    return await level3(x)

async def level1():
    v = await level2("a")
    return v

c = level1()
c.send(None)
print("resuming")
c.send(None)
