def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)))
g = count(3)
print(next(g), next(g), next(g))
print(next(g, "done"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            break
        got.append(x)
    return got

e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value, s.args)

print(sum(x * x for x in range(10)))
print(sorted((x % 3, x) for x in range(7)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(dict((k, k * 2) for k in "abc"))
print(set(x % 2 for x in range(10)))
print(",".join(str(i) for i in count(4)))
print(any(x > 2 for x in count(100)), all(x < 2 for x in count(100)))
print(list(zip(count(3), "abc")))
print(list(enumerate(count(2))))
print(tuple(x for x in count(3) if x))

g = count(2)
print(g.__name__, g.__qualname__)
print(type(g).__name__)
print(iter(g) is g)
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_code.co_name)
next(g)
print(g.gi_suspended)
list(g)
print(g.gi_frame, g.gi_suspended, g.gi_yieldfrom)

def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
ge = (i for i in [])
print(ge.__name__, ge.__qualname__)
try:
    count(2).send(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
