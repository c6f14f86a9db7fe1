def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Empty: pass
class Zero:
    def __len__(self): return 0
class Three:
    def __len__(self): return 3
class Falsy:
    def __bool__(self): return False
    def __len__(self): return 5
class BadBool:
    def __bool__(self): return "yes"
class BigLen:
    def __len__(self): return 2 ** 70
class FloatLen:
    def __len__(self): return 1.5
class BoolLen:
    def __len__(self): return True
print(bool(Empty()), bool(Zero()), bool(Three()), bool(Falsy()), len(Falsy()), len(BoolLen()))
t(lambda: bool(BadBool()))
t(lambda: len(BigLen()))
t(lambda: len(FloatLen()))
t(lambda: not BadBool())
print([x for x in [Zero(), Three(), Falsy()] if x].__len__(), "t" if Three() else "f", Zero() or "fallback", Three() and "both")
while Zero():
    print("never")
print(any([Zero(), Falsy()]), all([Three(), Empty()]))
class Dyn:
    def __init__(self): self.n = 2
    def __len__(self):
        self.n -= 1
        return max(self.n, 0)
d = Dyn()
print(bool(d), bool(d), bool(d))
class IdxLen:
    class I:
        def __index__(self): return 4
    def __len__(self): return IdxLen.I()
t(lambda: len(IdxLen()))
