# except matching: tuples, base classes, the variable deleted after the handler,
# bare raise, re-raise of a stored exception, non-exception classes.
try:
    raise KeyError("k")
except (ValueError, LookupError) as e:
    print("tuple match", repr(e))
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print("base match", type(e).__name__, repr(str(e)))
try:
    raise IndexError("gone")
except IndexError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)


def reraiser():
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling")
        raise


try:
    reraiser()
except ValueError as e:
    print("reraised", e)
try:
    try:
        raise TypeError("t")
    except int:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise TypeError("t2")
    except (ValueError, "x"):
        pass
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
saved = None
try:
    1 / 0
except ZeroDivisionError as e:
    saved = e
try:
    raise saved
except ZeroDivisionError as e:
    print(e is saved, e)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print(repr(e))
try:
    assert [], ["a", "list"]
except AssertionError as e:
    print(e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
import sys
try:
    raise KeyError("x")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(sys.exc_info())
