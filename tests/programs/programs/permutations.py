def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)

def powerset(items):
    result = [[]]
    for x in items:
        result += [s + [x] for s in result]
    return result

def next_permutation(a):
    a = list(a)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(["".join(p) for p in permutations(list("abc"))])
print(len(permutations(list(range(6)))))
print(combinations([1, 2, 3, 4, 5], 3))
print(len(combinations(list(range(10)), 4)))
print(powerset(["x", "y", "z"]))
p = [1, 2, 2, 3]
count = 0
while p is not None:
    print(count, p)
    p = next_permutation(p)
    count += 1

def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        return [[]]
    out = []
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            out.append([k] + rest)
    return out

for n in range(1, 8):
    ps = partitions(n)
    print(n, len(ps), ps if n <= 5 else ps[:4])

def subset_sum(nums, target):
    results = []
    def go(i, chosen, total):
        if total == target:
            results.append(tuple(chosen))
            return
        if i == len(nums) or total > target:
            return
        chosen.append(nums[i])
        go(i + 1, chosen, total + nums[i])
        chosen.pop()
        go(i + 1, chosen, total)
    go(0, [], 0)
    return results

print(subset_sum([3, 34, 4, 12, 5, 2], 9))
print(subset_sum([1, 2, 3, 4, 5, 6], 10))
print(set(map(frozenset, subset_sum([1, 1, 2, 2], 3))) == {frozenset({1, 2})})

def gray_code(n):
    if n == 0:
        return [""]
    prev = gray_code(n - 1)
    return ["0" + c for c in prev] + ["1" + c for c in reversed(prev)]
print(gray_code(3))
print([int(c, 2) for c in gray_code(4)])
