# A job scheduler simulation with a hand-written binary heap.
def push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i and heap[(i - 1) // 2] > heap[i]:
        heap[(i - 1) // 2], heap[i] = heap[i], heap[(i - 1) // 2]
        i = (i - 1) // 2

def pop(heap):
    if not heap:
        raise IndexError("pop from empty heap")
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        n = len(heap)
        while True:
            c = 2 * i + 1
            if c >= n:
                break
            if c + 1 < n and heap[c + 1] < heap[c]:
                c += 1
            if heap[i] <= heap[c]:
                break
            heap[i], heap[c] = heap[c], heap[i]
            i = c
    return top

jobs = [
    # (arrival, priority, name, duration)
    (0, 3, "backup", 5),
    (1, 1, "email", 2),
    (2, 2, "compile", 4),
    (2, 1, "alert", 1),
    (6, 5, "cleanup", 3),
    (7, 0, "page", 1),
    (20, 2, "report", 2),
]

def simulate(jobs):
    time = 0
    pending = sorted(jobs)
    ready = []
    timeline = []
    waits = {}
    while pending or ready:
        while pending and pending[0][0] <= time:
            arr, prio, name, dur = pending.pop(0)
            push(ready, (prio, arr, name, dur))
            print(f"t={time:>2}: arrive {name:<8} prio={prio} dur={dur}")
        if not ready:
            time = pending[0][0]
            print(f"t={time:>2}: idle until next arrival")
            continue
        prio, arr, name, dur = pop(ready)
        waits[name] = time - arr
        timeline.append((time, time + dur, name))
        print(f"t={time:>2}: run {name:<8} until {time + dur}")
        time += dur
    return timeline, waits

timeline, waits = simulate(jobs)
print("timeline:")
for start, end, name in timeline:
    print(f"  {start:>3}-{end:<3} {'=' * (end - start):<6} {name}")
print("waits:", waits)
print("avg wait: %.3f" % (sum(waits.values()) / len(waits)))
print("max wait:", max(waits.items(), key=lambda kv: kv[1]))
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    push(h, x)
print([pop(h) for _ in range(len(h))])
try:
    pop(h)
except IndexError as e:
    print("IndexError:", e)
