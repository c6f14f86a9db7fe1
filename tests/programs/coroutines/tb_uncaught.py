async def fetch(n):
    if n > 2:
        raise LookupError(f"no item {n}")
    return n

async def gather(ns):
    out = []
    for n in ns:
        out.append(await fetch(n))
    return out

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

print(run(gather([1, 2])))
print(run(gather([1, 2, 3])))
