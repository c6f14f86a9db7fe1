def t(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class Empty: pass
class WithInit:
    def __init__(self, a, b=2): self.a, self.b = a, b
class BadInit:
    def __init__(self): return 42
class OnlyNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
class NewOther:
    def __new__(cls):
        return 7
    def __init__(self):
        print("never")
class NewAndInit:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.created = True
        return obj
    def __init__(self, x):
        self.x = x

t(lambda: Empty(1))
t(lambda: Empty(a=1))
t(lambda: WithInit())
t(lambda: WithInit(1, 2, 3))
t(lambda: WithInit(1, c=3))
t(lambda: WithInit(1, a=3))
t(lambda: BadInit())
t(lambda: OnlyNew(1, 2))
t(lambda: NewOther())
n = NewAndInit(5)
print(n.created, n.x)
t(lambda: object.__new__(5))
t(lambda: object.__init__(Empty(), 1))
t(lambda: object.__new__(Empty, 1))
t(lambda: object.__new__(WithInit, 1))
t(lambda: int.__new__(Empty))
t(lambda: Empty.__init__(Empty()))
t(lambda: WithInit.__init__(Empty(), 1))
t(lambda: type.__call__(Empty))
t(lambda: super(Empty, 5))
t(lambda: super(5, Empty()))
class S:
    def m(self):
        return super().m()
t(lambda: S().m())
t(lambda: Empty.nope)
t(lambda: Empty().nope)
t(lambda: setattr(Empty, "x", 1) or Empty.x)
t(lambda: setattr(int, "x", 1))
t(lambda: delattr(Empty, "nope"))
t(lambda: Empty()())
t(lambda: Empty()[0])
t(lambda: len(Empty()))
t(lambda: iter(Empty()))
t(lambda: next(Empty()))
t(lambda: -Empty())
t(lambda: Empty() + Empty())
t(lambda: Empty() < Empty())
t(lambda: abs(Empty()))
t(lambda: [][Empty()])
t(lambda: 1 in Empty())
t(lambda: float(Empty()))
t(lambda: int(Empty()))
t(lambda: hash(Empty()) == hash(Empty()))
t(lambda: round(Empty()))
t(lambda: reversed(Empty()))
