# exceptions as control flow in realistic code
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("nan")
    except TypeError as e:
        return str(e)
print([safe_div(1, x) for x in [1, 0, "a", 2.5]])
def retry(fn, attempts):
    errors = []
    for i in range(attempts):
        try:
            return fn(i), errors
        except (ValueError, KeyError) as e:
            errors.append(f"{type(e).__name__}({e})")
    raise RuntimeError(f"gave up after {attempts} attempts: {errors}")
def flaky(i):
    if i < 2:
        raise ValueError(f"attempt {i}")
    if i == 2:
        raise KeyError(i)
    return "ok"
print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(e)
class_ = None
def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise TypeError("middle") from e
    except TypeError as e:
        return e
err = nested()
print(repr(err), repr(err.__cause__), err.__context__ is err.__cause__)
def gen_errors():
    out = []
    for exc in [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError, NameError, RuntimeError, StopIteration, ArithmeticError, LookupError, OverflowError, RecursionError, NotImplementedError, AssertionError, UnicodeError, MemoryError, EOFError, PermissionError, TimeoutError]:
        try:
            raise exc("msg")
        except Exception as e:
            out.append((type(e).__name__, str(e), [c.__name__ for c in type(e).__mro__[1:-2]]))
    return out
for row in gen_errors():
    print(row)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print("BaseException caught", repr(e), isinstance(e, Exception))
try:
    raise GeneratorExit("g")
except Exception:
    print("not here")
except BaseException as e:
    print("GeneratorExit", e)
e1 = ValueError("one")
e2 = ValueError("one")
print(e1 == e2, e1 is e2, e1.args == e2.args, bool(e1), hash(e1) == hash(e1))
print(str(ValueError()), repr(ValueError()), str(ValueError(None)), repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
x = 0
try:
    x = 1
except Exception:
    pass
else:
    x = 2
finally:
    x *= 10
print(x)
def ret_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(ret_in_finally())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())
try:
    try:
        raise ValueError("a")
    finally:
        print("cleanup runs")
except ValueError as e:
    print("outer got", e)
print(sys.exc_info()[0] if False else "done")
