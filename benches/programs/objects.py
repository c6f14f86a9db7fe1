class Node:
    def __init__(self, i):
        self.i = i
        self.me = self
        self.data = [i] * 10


total = 0
for i in range(100000):
    n = Node(i)
    d = {"node": n, "i": i}
    d["self"] = d
    l = [i, n]
    l.append(l)
    total += n.i + len(n.data) + d["i"] + len(l)
print(total)
