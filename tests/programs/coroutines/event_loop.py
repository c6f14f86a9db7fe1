# A tiny round-robin event loop driven by send(None); a "sleep" yields control.
def sleep_gen(n):
    for _ in range(n):
        yield "tick"

class_free_tasks = []

async def sleep(n):
    await SleepAwaitable(n)

def SleepAwaitable(n):
    # an awaitable must be a coroutine or have __await__; use a coroutine wrapper
    return _sleep(n)

async def _sleep(n):
    for _ in range(n):
        await _yield_once()

async def _yield_once():
    await _Suspend()

_Suspend = None

def make_suspend():
    # coroutine that suspends exactly once: await an iterator via a generator-based path
    async def inner():
        pass
    return inner

log = []

async def worker(name, steps, delay):
    total = 0
    for i in range(steps):
        log.append(f"{name}:{i}")
        total += i
        await pause(delay)
    return f"{name} total {total}"

async def pause(n):
    for _ in range(n):
        await yield_control()

def yield_control():
    return YieldOnce()

def YieldOnce():
    c = _once()
    return c

async def _once():
    await Bare()

def Bare():
    return bare_coro()

async def bare_coro():
    return None

def run_all(coros):
    ready = list(coros)
    results = {}
    step = 0
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[c.__qualname__ + str(step)] = e.value
            log.append(f"done {e.value}")
        else:
            ready.append(c)
        step += 1
    return results

res = run_all([worker("a", 3, 1), worker("b", 2, 2), worker("c", 1, 0)])
print(log)
print(sorted(res.values()))
