# An exception raised while handling a group prints the group as its context.
def f():
    raise ExceptionGroup("during", [OSError("disk"), ExceptionGroup("sub", [EOFError()])])
try:
    f()
except ExceptionGroup:
    print("handling")
    x = undefined_name
