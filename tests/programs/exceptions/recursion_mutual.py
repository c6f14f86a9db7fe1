# Mutual recursion caught, then the limit and a deep but legal recursion.
import sys


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())


def depth(n):
    return n if n == 0 else depth(n - 1) + 1


print(depth(950))
sys.setrecursionlimit(2000)
print(depth(1900))
