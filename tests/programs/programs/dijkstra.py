def dijkstra(graph, source):
    dist = {n: float("inf") for n in graph}
    prev = {n: None for n in graph}
    dist[source] = 0
    unvisited = list(graph)
    while unvisited:
        u = min(unvisited, key=lambda n: dist[n])
        if dist[u] == float("inf"):
            break
        unvisited.remove(u)
        for v, w in graph[u].items():
            alt = dist[u] + w
            if alt < dist[v]:
                dist[v] = alt
                prev[v] = u
    return dist, prev

def path_to(prev, target):
    path = []
    while target is not None:
        path.insert(0, target)
        target = prev[target]
    return path

g = {
    "a": {"b": 7, "c": 9, "f": 14},
    "b": {"a": 7, "c": 10, "d": 15},
    "c": {"a": 9, "b": 10, "d": 11, "f": 2},
    "d": {"b": 15, "c": 11, "e": 6},
    "e": {"d": 6, "f": 9},
    "f": {"a": 14, "c": 2, "e": 9},
    "z": {},
}
dist, prev = dijkstra(g, "a")
for node in sorted(dist):
    d = dist[node]
    print(f"{node}: {d!s:>4} via {' -> '.join(path_to(prev, node)) if d != float('inf') else '-'}")

def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[p] <= h[i]:
            break
        h[p], h[i] = h[i], h[p]
        i = p

def heap_pop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        l, r, s = 2 * i + 1, 2 * i + 2, i
        if l < len(h) and h[l] < h[s]:
            s = l
        if r < len(h) and h[r] < h[s]:
            s = r
        if s == i:
            return top
        h[i], h[s] = h[s], h[i]
        i = s

def dijkstra_heap(graph, src):
    best = {}
    h = [(0, src, (src,))]
    while h:
        d, u, path = heap_pop(h)
        if u in best:
            continue
        best[u] = (d, path)
        for v, w in sorted(graph[u].items()):
            if v not in best:
                heap_push(h, (d + w, v, path + (v,)))
    return best

for k, (d, p) in sorted(dijkstra_heap(g, "e").items()):
    print(k, d, p)

grid = ["S.#.....",
        ".##.###.",
        "....#...",
        "#.#...#E"]
def grid_graph(rows):
    out = {}
    for r, line in enumerate(rows):
        for c, ch in enumerate(line):
            if ch == "#":
                continue
            nbrs = {}
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < len(rows) and 0 <= cc < len(line) and rows[rr][cc] != "#":
                    nbrs[(rr, cc)] = 1 + (rows[rr][cc] == ".") * 0
            out[(r, c)] = nbrs
    return out
gg = grid_graph(grid)
dd, pp = dijkstra(gg, (0, 0))
print("steps to E:", dd[(3, 7)])
print(path_to(pp, (3, 7)))
