class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Tracker("a") as v:
    print("inside", v)
with Tracker("outer"), Tracker("inner") as i:
    print("nested", i)
with Tracker("s", suppress=True):
    raise ValueError("swallowed")
print("continued")
try:
    with Tracker("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def f():
    with Tracker("ret"):
        return "returned"
print(f())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

class Timer:
    def __init__(self):
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, *args):
        print("exit args", args[0], args[1])
        return False
t = Timer()
with t as same:
    print(same is t, t.entered)

class NotCM:
    pass
try:
    with NotCM():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

class Resource:
    opened = []
    def __init__(self, n): self.n = n
    def __enter__(self):
        Resource.opened.append(self.n)
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.n)
        if et is ZeroDivisionError:
            print("handled division")
            return True
with Resource(1) as r1, Resource(2) as r2:
    print(Resource.opened)
    1 / 0
print(Resource.opened)
