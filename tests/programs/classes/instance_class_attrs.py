class Counter:
    total = 0
    names = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.names.append(name)
a = Counter("a"); b = Counter("b")
print(Counter.total, a.total, a.names is Counter.names, Counter.names)
a.total = 100
print(a.total, b.total, Counter.total, "total" in a.__dict__, "total" in b.__dict__)
del a.total
print(a.total)
Counter.total = 7
print(a.total, b.total)
Counter.extra = lambda self: "extra " + self.name
print(a.extra(), b.extra())
def describe(self):
    return f"<{self.name}>"
Counter.__repr__ = describe
print(a, [b])
Counter.__len__ = lambda self: len(self.name) * 10
print(len(a))
del Counter.__repr__
print(repr(a).startswith("<__main__.Counter object at"))
print(sorted([k for k in Counter.__dict__ if not k.startswith("__")]))
print(a.__class__ is Counter, type(a).__name__, a.__class__.__name__)
print(vars(a), a.__dict__ == vars(a))
a.__dict__["direct"] = 1
print(a.direct, getattr(a, "missing", "dflt"))
setattr(a, "dyn", 5)
print(a.dyn, hasattr(a, "dyn"))
delattr(a, "dyn")
print(hasattr(a, "dyn"))
class Outer:
    class Inner:
        class Deep:
            pass
        def method(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.Deep.__module__, Outer.Inner)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())
class WithDoc:
    "A docstring."
class NoDoc:
    pass
print(WithDoc.__doc__, NoDoc.__doc__, WithDoc().__doc__)
print(Counter.__module__, Counter.__name__)
