def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n


for n in [2, 0]:
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", type(e).__name__, e, e.args)
    else:
        print("no error")
    finally:
        print("finally", n)

try:
    [1, 2][5]
except (KeyError, IndexError) as e:
    print("lookup", repr(e))

try:
    {}["k"]
except LookupError as e:
    print("key", e, repr(e))

try:
    1 / 0
except ZeroDivisionError as e:
    print(e)

try:
    undefined_name
except NameError as e:
    print(e)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("outer")
except RuntimeError as e:
    print(e, repr(e.__context__))

try:
    raise TypeError("a") from ValueError("b")
except TypeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

def f():
    try:
        return "from try"
    finally:
        print("cleanup")

print(f())
try:
    int("nope")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
