def worker():
    total = 0
    while True:
        x = yield total
        total += x

w = worker()
next(w)
w.send(5)
print("total so far", w.send(6))
w.throw(KeyError("stop working"))
