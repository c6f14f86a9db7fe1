# An exception with an empty str prints only its name.
def f():
    raise NotImplementedError


print("calling")
f()
