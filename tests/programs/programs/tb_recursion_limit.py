import sys

def countdown(n):
    return countdown(n + 1)

def sum_list(xs):
    if not xs:
        return 0
    return xs[0] + sum_list(xs[1:])

print(sys.getrecursionlimit())
print(sum_list(list(range(500))))
try:
    countdown(0)
except RecursionError as e:
    print("RecursionError:", e)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)
print("after")
countdown(0)
