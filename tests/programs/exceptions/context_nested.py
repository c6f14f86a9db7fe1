# __context__ chains built by nested handlers, inspected.
try:
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
except KeyError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(repr(x))
        x = x.__context__
    print(chain)
try:
    try:
        raise ValueError("a")
    finally:
        print("finally sees no handled exception")
except ValueError as e:
    print("context", e.__context__)
e1 = ValueError("e1")
try:
    try:
        raise e1
    except ValueError:
        raise e1
except ValueError as e:
    print("self context", e.__context__)
