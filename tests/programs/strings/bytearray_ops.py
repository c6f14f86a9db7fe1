ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], repr(ba), bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
ba.insert(0, 62)
ba.insert(100, 60)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[0:0] = b"<<"
ba[-2:] = bytearray(b"")
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
del ba[0]
del ba[::3]
print(ba)
ba += b"++"
ba2 = ba * 2
print(ba, ba2, ba + b"!", bytes(ba), ba == bytes(ba), list(bytearray(b"ab")))
ba.reverse()
c = ba.copy()
ba.clear()
print(ba, c, len(ba))
x = bytearray(b"Mixed Case")
print(x.upper(), x.lower(), x.split(), x.find(b"C"), x.replace(b"e", b"3"), x.strip(b"M"), type(x.upper()).__name__, x.decode(), x.hex())
def setit(k, v):
    x[k] = v
def delit(k):
    del x[k]
for bad in [lambda: setit(0, 300), lambda: setit(0, "a"), lambda: setit(50, 1), lambda: x.append(256), lambda: x.append("a"), lambda: delit(50), lambda: setit("a", 1),
            lambda: bytearray().pop(), lambda: x.remove(9), lambda: x.extend(1), lambda: x.extend("ab"), lambda: setit(slice(None, None, 2), b"x"), lambda: setit(slice(0, 2), 5), lambda: setit(slice(0, 2), "ab"),
            lambda: hash(x), lambda: x[99], lambda: x.pop(99), lambda: x.insert(0, -1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
y = bytearray(b"abc")
y[1] = 0
print(y, y.__len__() if False else len(y))
