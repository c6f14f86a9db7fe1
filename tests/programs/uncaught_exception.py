# conform: skip krait prints the ^^^ position markers of 3.11 tracebacks with the traceback work (wave 2)
# An uncaught exception: the traceback (with source lines) on stderr and exit status 1.
def divide(a, b):
    return a / b


print("before")
divide(1, 0)
