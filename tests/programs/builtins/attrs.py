x = [1, 2]
print(getattr(x, "append") is not None, getattr(1, "nope", "dflt"), getattr([], "nope", None))
getattr(x, "append")(3)
print(x, hasattr(x, "append"), hasattr(x, "nope"), hasattr(1, "bit_length"), hasattr("s", "upper"))
for args in [(1, "foo"), ("s", "bar"), ([], "x"), (None, "y"), (len, "z"), (int, "nope")]:
    try:
        getattr(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1,), (1, 2), (1, "a", 2, 3), (1, None, 2)]:
    try:
        getattr(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1, "x", 2), ([], "append", 1), ("s", 1, 2), (1, "x")]:
    try:
        setattr(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1, "x"), ([], "append"), (1, 2), (1,)]:
    try:
        delattr(*args)
    except Exception as e:
        print(type(e).__name__, e)
def f():
    pass
setattr(f, "tag", 5)
print(f.tag, getattr(f, "tag"), hasattr(f, "tag"))
delattr(f, "tag")
print(hasattr(f, "tag"))
try:
    delattr(f, "tag")
except Exception as e:
    print(type(e).__name__, e)
try:
    hasattr(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(getattr(x, "__class__"), (1).__class__, "".__class__.__name__)
