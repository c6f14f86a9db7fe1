import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)

def f():
    warnings.warn("plain user warning")

def show(message, category, filename, lineno, file=None, line=None):
    print("custom show:", message, category.__name__, filename, lineno)
warnings.showwarning = show
f()
f()
old_api()
warnings.warn("runtime", RuntimeWarning)
warnings.warn("pending", PendingDeprecationWarning)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    f()
    old_api()
    warnings.warn("explicit", SyntaxWarning)
    print(len(w))
    for x in w:
        print(x.category.__name__, str(x.message), x.lineno, x.filename)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except UserWarning as e:
        print("raised:", e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    f()
    print("ignored by category")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    print("once:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        f()
    print("default:", len(w))

print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "line"))
warnings.warn("through custom showwarning")
try:
    warnings.warn("bad", 5)
except TypeError as e:
    print(e)
warnings.warn("final")
