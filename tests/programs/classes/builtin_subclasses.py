def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, extra=None):
        super().__init__(f"missing {key}")
        self.key = key
        self.extra = extra
class Detailed(AppError):
    def __str__(self):
        return "detailed!"
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, repr(e), isinstance(e, Exception))
try:
    raise Detailed(1, 2)
except Exception as e:
    print(e, repr(e), e.args)
e = AppError("a", "b")
print(str(e), repr(e), e.args)
print(NotFound.__mro__)
class MyList(list):
    def total(self): return sum(self)
    def __repr__(self): return "MyList(" + super().__repr__() + ")"
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), ml[0], isinstance(ml, list), type(ml).__name__, ml + [5])
ml.tag = "x"
print(ml.tag)
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md.get("q"), "zz" in md, md)
class Counter(dict):
    def __getitem__(self, k):
        return super().get(k, 0)
    def add(self, k):
        self[k] = self[k] + 1
c = Counter()
c.add("x"); c.add("x"); c.add("y")
print(c, c["x"], c["nope"])
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
    def double(self): return MyInt(self * 2)
mi = MyInt(21)
print(mi, mi.double(), mi + 1, type(mi + 1).__name__, mi == 21, hash(mi) == hash(21), isinstance(mi, int))
class MyFloat(float):
    pass
mf = MyFloat(1.5)
print(mf, type(mf).__name__, mf * 2)
class MyTuple(tuple):
    def first(self): return self[0]
mt = MyTuple((1, 2))
print(mt, mt.first(), len(mt), type(mt).__name__)
class MyStr(str):
    def shout(self): return self.upper() + "!"
ms = MyStr("hi")
print(ms, ms.shout(), type(ms).__name__, ms + "x", len(ms))
class P(object):
    pass
print(P.__bases__, object.__subclasses__ is not None)
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
st = Stack()
st.push(1); st.push(2)
print(st.peek(), st.pop(), st)
t(lambda: object.__new__(MyInt))
raise NotFound("final")
