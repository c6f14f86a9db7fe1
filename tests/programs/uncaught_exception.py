# An uncaught exception: the traceback (with source lines) on stderr and exit status 1.
def divide(a, b):
    return a / b


print("before")
divide(1, 0)
