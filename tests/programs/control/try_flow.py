# break/continue/return through try/finally and with handlers.
def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"


print(f())


def g():
    try:
        return "try"
    finally:
        print("g finally")


print(g())


def h():
    try:
        return "try"
    finally:
        return "finally wins"


print(h())


def k():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            finally:
                print("inner", i)
        except ValueError as e:
            print("caught", e)
            continue
        print("after", i)


k()


def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i


print(swallow())


def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                break
        finally:
            print("fin", n)
    return n


print(while_finally())


def nested_return():
    try:
        try:
            return 1
        finally:
            print("a")
    finally:
        print("b")


print(nested_return())


def except_else():
    for v in [1, 0, 2]:
        try:
            r = 10 // v
        except ZeroDivisionError:
            print("zero")
        else:
            print("ok", r)
        finally:
            print("end", v)


except_else()
