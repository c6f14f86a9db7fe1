# A tiny round-robin event loop: tasks suspend by awaiting Suspend(), which yields to
# the loop through __await__ (a generator).
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

log = []

async def pause(n, name):
    for i in range(n):
        v = await Suspend(f"{name}-pause{i}")
        log.append(("resumed", name, v))

async def worker(name, steps, delay):
    total = 0
    for i in range(steps):
        log.append(f"{name}:{i}")
        total += i
        await pause(delay, name)
    return f"{name} total {total}"

def run_all(coros):
    ready = [(c, None) for c in coros]
    results = []
    tick = 0
    while ready:
        c, val = ready.pop(0)
        try:
            tag = c.send(val)
        except StopIteration as e:
            results.append(e.value)
            log.append(f"done {e.value}")
        else:
            log.append(("yielded", tag))
            tick += 1
            ready.append((c, tick))
    return results

res = run_all([worker("a", 3, 1), worker("b", 2, 2), worker("c", 1, 0)])
for entry in log:
    print(entry)
print(res)
