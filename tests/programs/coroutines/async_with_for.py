class Suspend:
    def __await__(self):
        yield "suspend"

class Resource:
    def __init__(self, name, log, swallow=False):
        self.name, self.log, self.swallow = name, log, swallow
    async def __aenter__(self):
        self.log.append(f"enter {self.name}")
        await Suspend()
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        await Suspend()
        return self.swallow

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await Suspend()
        self.n -= 1
        return self.n

def drive(c):
    n = 0
    try:
        while True:
            c.send(None)
            n += 1
    except StopIteration as e:
        return n, e.value

async def main(log):
    async with Resource("r1", log) as r:
        log.append(f"inside {r.name}")
        async for i in Countdown(3):
            log.append(f"count {i}")
    async with Resource("r2", log, swallow=True):
        raise ValueError("swallowed")
    try:
        async with Resource("r3", log):
            raise KeyError("escapes")
    except KeyError as e:
        log.append(f"caught {e!r}")
    return "main done"

log = []
print(drive(main(log)))
for line in log:
    print(line)

async def bad_with():
    async with 5:
        pass
async def bad_for():
    async for x in 5:
        pass
class NoAnext:
    def __aiter__(self):
        return 1
async def bad_aiter():
    async for x in NoAnext():
        pass
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
async def sync_cm():
    async with SyncOnly():
        pass
class BadEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2
async def bad_enter():
    async with BadEnter():
        pass
for f in [bad_with, bad_for, bad_aiter, sync_cm, bad_enter]:
    try:
        drive(f())
    except (TypeError, AttributeError) as e:
        print(f.__name__, type(e).__name__, e)
