class Tick:
    def __await__(self):
        yield "tick"

class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1

class AsyncBag:
    def __init__(self, *items):
        self.items = items
    async def __aiter__gen(self):
        for it in self.items:
            await Tick()
            yield it
    def __aiter__(self):
        return self.__aiter__gen()

def drive(c):
    ticks = 0
    try:
        while True:
            c.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value

async def main():
    out = []
    async for i in AsyncRange(3):
        out.append(i)
    async for s in AsyncBag("x", "y"):
        out.append(s)
    out.append([i * 2 async for i in AsyncRange(4) if i % 2])
    return out
print(drive(main()))

async def else_clause():
    async for i in AsyncRange(2):
        pass
    else:
        return "else ran", i
print(drive(else_clause()))

async def with_break():
    async for i in AsyncRange(10):
        if i == 2:
            break
    return i
print(drive(with_break()))

class BadNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad():
    async for x in BadNext():
        pass
try:
    drive(bad())
except TypeError as e:
    print(type(e).__name__, e)
