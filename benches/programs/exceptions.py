# Exceptions raised and caught in a loop, across calls.
def fails(i):
    if i % 3 == 0:
        raise ValueError("bad value " + str(i))
    if i % 3 == 1:
        raise KeyError(i)
    return i


def work(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += fails(i)
        except ValueError as e:
            caught += 1
            total += len(e.args)
        except KeyError:
            caught += 2
        finally:
            total += 1
    d = {}
    for i in range(n):
        try:
            total += d[i]
        except KeyError:
            d[i] = i
    return caught + total


print(work(300000))
