# List work: append, index, slicing, sort, membership.
def build(n):
    xs = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        xs.append(seed % 100000)
    return xs


def work(rounds):
    check = 0
    for r in range(rounds):
        xs = build(20000)
        ys = sorted(xs)
        xs.sort(reverse=True)
        total = 0
        for i in range(0, len(ys), 7):
            total += ys[i] - xs[i]
        evens = [x for x in ys if x % 2 == 0]
        check = (check + total + len(evens) + ys[len(ys) // 2]) % 1000000007
        xs[10:20] = ys[:5]
        check = (check + len(xs) + xs[-1]) % 1000000007
        if 42 in ys:
            check += 1
        ys.reverse()
        check = (check + ys.index(ys[100]) + ys.pop() + ys.count(ys[0])) % 1000000007
    return check


print(work(12))
