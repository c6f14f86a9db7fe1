# Recursion: mutual, deep, memoized with a default dict, and the recursion limit.
import sys


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(10), fact(30))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(10), is_odd(7), is_even(501))


def fib(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


print(fib(90))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


print(flatten([1, [2, [3, [4, [5]]]], 6]))


def perms(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            result.append([items[i]] + p)
    return result


print(perms([1, 2, 3]))
print(sys.getrecursionlimit())
