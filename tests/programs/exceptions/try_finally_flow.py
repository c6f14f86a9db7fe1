# return/break/continue through finally, finally overriding return, nested try.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")


def f2():
    try:
        return "try"
    finally:
        return "finally"


def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i


def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def f5():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
                out.append(("ok", i))
            finally:
                out.append(("inner", i))
        except KeyError as e:
            out.append(("caught", e.args[0]))
        else:
            out.append(("else", i))
        finally:
            out.append(("outer", i))
    return out


def f6():
    while True:
        try:
            break
        finally:
            print("f6 finally")
    return "after"


print(f1())
print(f2())
print(f3())
print(f4())
for item in f5():
    print(item)
print(f6())
