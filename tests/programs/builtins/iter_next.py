it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(list(iter("ab")), list(iter((1, 2))), list(iter(range(3))), sorted(iter({"b": 1, "a": 2})))
it = iter(it)
print(iter(it) is it)
for v in [1, None, 2.5]:
    try:
        iter(v)
    except Exception as e:
        print(type(e).__name__, e)
for v in [[1], "a", 1]:
    try:
        next(v)
    except Exception as e:
        print(type(e).__name__, e)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
ci = iter(tick, 4)
print(type(ci).__name__, iter(ci) is ci)
print(list(ci), next(ci, "exhausted"), counter[0])
data = ["a", "b", "", "c"]
def pop():
    return data.pop(0)
print(list(iter(pop, "")), data)
ci2 = iter(lambda: 1, 1)
print(next(ci2, "empty"))
try:
    next(ci2)
except StopIteration:
    print("stopped")
for args in [(), (1, 2), (len, 1, 2)]:
    try:
        iter(*args)
    except Exception as e:
        print(type(e).__name__, e)
def boom():
    raise ValueError("inside")
try:
    next(iter(boom, None))
except ValueError as e:
    print("ValueError", e)
for args in [(), ([], 1, 2)]:
    try:
        next(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    next(iter([]), x=1)
except Exception as e:
    print(type(e).__name__, e)
e = enumerate(iter(tick, 7))
print(list(e))
