# Recursion through repr at depth, and recovery afterwards.
import sys


def nest(n):
    x = []
    for i in range(n):
        x = [x]
    return x


def rec(n):
    if n == 0:
        return repr(nest(5))
    return rec(n - 1)


print(rec(100))
try:
    repr(nest(5000))
except RecursionError as e:
    print(type(e).__name__, e)
print(len(repr(nest(200))))
