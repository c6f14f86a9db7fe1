# except* with several clauses: which clause sees what.
def run(eg):
    try:
        raise eg
    except* ValueError as e:
        print("  ValueError clause:", repr(e))
    except* TypeError as e:
        print("  TypeError clause:", repr(e))
    except* (KeyError, IndexError) as e:
        print("  Lookup clause:", repr(e))

print("all handled")
run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), IndexError(4)]))
print("nested")
run(ExceptionGroup("g", [ExceptionGroup("h", [ValueError(1), TypeError(2)]), ValueError(3)]))
print("naked")
run(ValueError("naked"))
run(KeyError("k"))

print("unhandled rest")
try:
    run(ExceptionGroup("g", [ValueError(1), OSError(2), ZeroDivisionError(3)]))
except ExceptionGroup as e:
    print("outer caught", repr(e))

print("naked unhandled")
try:
    run(OSError("o"))
except OSError as e:
    print("outer caught", repr(e))

print("none match group")
try:
    run(ExceptionGroup("x", [OSError(1)]))
except ExceptionGroup as e:
    print("outer caught", repr(e), e.exceptions)

print("else/finally")
try:
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally runs")
except Exception as e:
    print("unexpected", e)

try:
    try:
        raise ExceptionGroup("f", [ValueError()])
    except* ValueError:
        print("handled")
    finally:
        print("finally after handled")
except Exception as e:
    print("unexpected", e)

def wrapped_type():
    r = None
    try:
        raise TypeError("t")
    except* TypeError as e:
        r = type(e).__name__, type(e.exceptions[0]).__name__, e.message
    return r
print(wrapped_type())

try:
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        print(type(e).__name__, repr(e))
except BaseException as e:
    print("unexpected", repr(e))
