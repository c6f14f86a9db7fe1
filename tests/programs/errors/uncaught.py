def inner(x):
    x.pop("missing")


def outer():
    inner({"present": 1})


print("before")
outer()
print("never")
