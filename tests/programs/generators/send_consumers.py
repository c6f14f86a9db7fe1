def coroutine(func):
    def start(*args, **kwargs):
        g = func(*args, **kwargs)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

@coroutine
def filter_co(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

p1 = printer("even:")
p2 = printer("big:")
b = broadcast(filter_co(lambda x: x % 2 == 0, p1), filter_co(lambda x: x > 5, p2))
for i in range(8):
    b.send(i)

@coroutine
def accumulator():
    total = 0
    history = []
    while True:
        cmd = yield total
        if cmd == "reset":
            history.append(total)
            total = 0
        elif cmd == "history":
            yield history
        else:
            total += cmd

acc = accumulator()
print(acc.send(5), acc.send(7), acc.send("reset"), acc.send(1))
print(acc.send("history"))

def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "resume":
            state = "running"
        elif event == "stop":
            state = "stopped"
            return state

sm = state_machine()
print(next(sm))
for ev in ["start", "pause", "bogus", "resume"]:
    print(ev, "->", sm.send(ev))
try:
    sm.send("stop")
except StopIteration as e:
    print("final", e.value)

def averager():
    total, n = 0, 0
    while True:
        x = yield
        if x is None:
            break
        total += x
        n += 1
    return (n, total / n if n else 0)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    grp = grouper(results, key)
    next(grp)
    for v in values:
        grp.send(v)
    grp.send(None)
print(results)
