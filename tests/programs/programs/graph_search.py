graph = {
    "A": ["B", "C"],
    "B": ["A", "D", "E"],
    "C": ["A", "F"],
    "D": ["B"],
    "E": ["B", "F"],
    "F": ["C", "E", "G"],
    "G": ["F"],
    "H": [],
}

def bfs(g, start):
    seen = {start}
    order = []
    queue = [start]
    dist = {start: 0}
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in g[node]:
            if nb not in seen:
                seen.add(nb)
                dist[nb] = dist[node] + 1
                queue.append(nb)
    return order, dist

def dfs(g, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nb in g[start]:
        if nb not in seen:
            dfs(g, nb, seen)
    return seen

def dfs_iter(g, start):
    stack, seen = [start], []
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.append(n)
        stack.extend(reversed(g[n]))
    return seen

def shortest_path(g, a, b):
    prev = {a: None}
    q = [a]
    while q:
        n = q.pop(0)
        if n == b:
            path = []
            while n is not None:
                path.append(n)
                n = prev[n]
            return path[::-1]
        for nb in g[n]:
            if nb not in prev:
                prev[nb] = n
                q.append(nb)
    return None

def components(g):
    seen = set()
    comps = []
    for node in sorted(g):
        if node not in seen:
            comp = dfs(g, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps

order, dist = bfs(graph, "A")
print("bfs:", order)
print("dist:", dist)
print("dfs:", dfs(graph, "A"))
print("dfs_iter:", dfs_iter(graph, "A"))
for a, b in [("A", "G"), ("D", "G"), ("G", "D"), ("A", "H"), ("H", "H")]:
    print(f"path {a}->{b}:", shortest_path(graph, a, b))
print("components:", components(graph))

dag = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"],
       "belt": ["jacket"], "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}

def topo_sort(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted([n for n, d in indeg.items() if d == 0])
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(g):
        raise ValueError("graph has a cycle")
    return out

print(topo_sort(dag))
cyclic = {"a": ["b"], "b": ["c"], "c": ["a"]}
try:
    topo_sort(cyclic)
except ValueError as e:
    print("error:", e)

def has_cycle(g):
    WHITE, GRAY, BLACK = 0, 1, 2
    color = dict.fromkeys(g, WHITE)
    def visit(n):
        color[n] = GRAY
        for m in g[n]:
            if color[m] == GRAY:
                return True
            if color[m] == WHITE and visit(m):
                return True
        color[n] = BLACK
        return False
    return any([visit(n) for n in g if color[n] == WHITE])

print(has_cycle(dag), has_cycle(cyclic))
