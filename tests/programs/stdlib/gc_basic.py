import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
try:
    gc.collect(3)
except ValueError as e:
    print(e)
try:
    gc.set_threshold("x")
except TypeError as e:
    print(e)

class Node:
    def __init__(self):
        self.other = None

gc.collect()
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("cycle collected:", gc.collect() > 0)
print("nothing left:", gc.collect())

lst = []
lst.append(lst)
del lst
print("list cycle:", gc.collect() > 0)

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Node()))
print(gc.garbage, type(gc.callbacks).__name__)
print(gc.get_freeze_count())
phases = []
def cb(phase, info):
    phases.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
x = [1, 2]
holder = [x]
print(any(r is holder for r in gc.get_referrers(x)))
print(gc.get_referents([x]) == [x] or gc.get_referents([x]))
print(gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
print(gc.is_finalized(Node()))
