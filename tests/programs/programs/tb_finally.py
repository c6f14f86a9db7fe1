import sys

def cleanup(name, log):
    log.append(f"cleanup {name}")
    print("cleaning", name)

def step(n, log):
    try:
        if n == 3:
            raise RuntimeError(f"step {n} exploded")
        log.append(f"step {n}")
        return n * 10
    finally:
        cleanup(f"step{n}", log)

def pipeline(log):
    total = 0
    for n in range(5):
        total += step(n, log)
        print("total now", total)
    return total

log = []
try:
    pipeline(log)
except RuntimeError as e:
    print("pipeline failed:", e)
print(log)
print("flushing", file=sys.stderr)
sys.stderr.flush()

def bad_finally():
    try:
        return 1 / 0
    finally:
        print("in finally")

def outer():
    try:
        bad_finally()
    except ZeroDivisionError:
        x = [1, 2, 3]
        print("handler sees", x)
        x[5]

outer()
