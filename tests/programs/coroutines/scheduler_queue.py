# A cooperative scheduler with sleeping tasks, a shared queue and results.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Get:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        while not self.q:
            yield ("wait", None)
        return self.q.pop(0)

async def producer(q, items):
    for it in items:
        await Sleep(1)
        q.append(it)
        print("produced", it)
    q.append(None)
    return "producer done"

async def consumer(q, name):
    total = 0
    while True:
        item = await Get(q)
        if item is None:
            q.append(None)
            return f"{name} consumed {total}"
        total += item
        print(name, "got", item)

def run(tasks):
    clock = 0
    waiting = [(0, i, t) for i, t in enumerate(tasks)]
    results = {}
    while waiting:
        waiting.sort(key=lambda w: (w[0], w[1]))
        when, i, t = waiting.pop(0)
        clock = max(clock, when)
        try:
            kind, arg = t.send(None)
        except StopIteration as e:
            results[i] = e.value
            continue
        if kind == "sleep":
            waiting.append((clock + arg, i, t))
        else:
            waiting.append((clock + 1, i, t))
    return clock, [results[k] for k in sorted(results)]

q = []
print(run([producer(q, [1, 2, 3]), consumer(q, "c1")]))

async def fails():
    await Sleep(2)
    raise ValueError("task failed")

async def supervisor():
    try:
        await fails()
    except ValueError as e:
        return f"supervised: {e}"
print(run([supervisor()]))

async def fanout(n):
    results = []
    for i in range(n):
        results.append(await child(i))
    return results
async def child(i):
    await Sleep(i)
    return i * i
print(run([fanout(4)]))
