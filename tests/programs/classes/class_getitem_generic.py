class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
    def __init__(self, v):
        self.v = v
print(Box[int], Box[str], Box["x"], Box(1).v)
class Sub(Box):
    pass
print(Sub[float])
class MetaIndex(type):
    def __getitem__(cls, k):
        return ("meta", cls.__name__, k)
class Both(metaclass=MetaIndex):
    def __class_getitem__(cls, k):
        return "class_getitem"
print(Both[1])
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)
print(list[int] if False else "skip generic alias")
