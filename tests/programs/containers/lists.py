xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
xs.extend([3, 5])
print(xs, len(xs), xs[2], xs[-2], xs[1:4], xs[::3])
xs.sort()
print(xs, sorted(xs, reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(xs.pop(), xs.pop(0), xs.index(5), xs.count(5), 4 in xs, 7 in xs)
xs.insert(0, 100)
xs.remove(5)
xs[1] = -1
del xs[2]
print(xs, xs + [0], [0] * 3, list("abc"), list(reversed(xs)))
ys = [[1, 2], [3, 4]]
ys[0].append(9)
print(ys, [x * x for x in range(6) if x % 2], [(a, b) for a in range(2) for b in range(2)])
a, b, *rest = [1, 2, 3, 4, 5]
print(a, b, rest)
t = (1, 2, 3)
print(t, t[1:], t + (4,), len(t), (1,), (), t == (1, 2, 3), t < (1, 2, 4), hash(t) == hash((1, 2, 3)))
xs[1:3] = [7, 7, 7]
print(xs, min(xs), max(xs), any([x > 50 for x in [1]]), all([]))
