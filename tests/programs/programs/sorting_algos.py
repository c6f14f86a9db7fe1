def bubble_sort(a):
    a = list(a)
    n = len(a)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps

def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick_sort(a):
    if len(a) < 2:
        return a
    pivot, *rest = a
    less = [x for x in rest if x < pivot]
    more = [x for x in rest if x >= pivot]
    return quick_sort(less) + [pivot] + quick_sort(more)

def selection_sort(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=lambda k: a[k])
        a[i], a[m] = a[m], a[i]
    return a

def heapify(a, n, i):
    largest = i
    l, r = 2 * i + 1, 2 * i + 2
    if l < n and a[l] > a[largest]:
        largest = l
    if r < n and a[r] > a[largest]:
        largest = r
    if largest != i:
        a[i], a[largest] = a[largest], a[i]
        heapify(a, n, largest)

def heap_sort(a):
    a = list(a)
    n = len(a)
    for i in range(n // 2 - 1, -1, -1):
        heapify(a, n, i)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        heapify(a, end, 0)
    return a

def counting_sort(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out += [i + lo] * c
    return out

seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % 1000 - 500

data = [rand() for _ in range(40)]
print("data:", data)
expected = sorted(data)
for name, fn in [("insertion", insertion_sort), ("merge", merge_sort),
                 ("quick", quick_sort), ("selection", selection_sort),
                 ("heap", heap_sort), ("counting", counting_sort)]:
    res = fn(data)
    print(f"{name:>10}: ok={res == expected} first5={res[:5]} last5={res[-5:]}")
b, swaps = bubble_sort(data)
print("bubble ok", b == expected, "swaps", swaps)
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words))
print(quick_sort([3.5, -1.25, 2, 0, True, False]))
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print(insertion_sort([]), merge_sort([1]), heap_sort([2, 1]))
