def g():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup failed")

x = g()
print(next(x))
try:
    x.close()
except RuntimeError as e:
    print("caught", e, type(e.__context__).__name__)
y = g()
next(y)
y.close()
