def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        elif a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_right(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

def insort(a, x):
    a.insert(bisect_right(a, x), x)

arr = list(range(0, 100, 3))
print(arr)
for target in [0, 3, 4, 51, 99, 100, -5]:
    idx, steps = bsearch(arr, target)
    print(f"search {target:3d}: index={idx:3d} steps={steps}")
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for x in range(0, 10):
    print(x, bisect_left(dups, x), bisect_right(dups, x))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort(s, v)
    print(s)

def sqrt_int(n):
    if n < 0:
        raise ValueError(f"negative input: {n}")
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

for n in [0, 1, 2, 15, 16, 17, 10**20, 2**64 + 1]:
    print(n, sqrt_int(n))
try:
    sqrt_int(-4)
except ValueError as e:
    print("error:", e)
