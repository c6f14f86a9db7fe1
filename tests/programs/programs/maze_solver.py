MAZE = """
###########
#S  #     #
# # # ### #
# #   #   #
# ##### # #
#     # # #
##### # # #
#     #  E#
###########
"""

def parse(text):
    grid = [list(l) for l in text.strip().splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    return grid, start, end

def neighbors(grid, pos):
    r, c = pos
    for dr, dc in [(-1, 0), (0, 1), (1, 0), (0, -1)]:
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            yield_free = (nr, nc)
            neighbors.found.append(yield_free)
neighbors.found = []

def nbrs(grid, pos):
    neighbors.found = []
    neighbors(grid, pos)
    return neighbors.found

def solve_bfs(grid, start, end):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for p in frontier:
            if p == end:
                path = []
                while p:
                    path.append(p)
                    p = prev[p]
                return path[::-1], len(prev)
            for q in nbrs(grid, p):
                if q not in prev:
                    prev[q] = p
                    nxt.append(q)
        frontier = nxt
    return None, len(prev)

def solve_dfs(grid, pos, end, visited):
    if pos == end:
        return [pos]
    visited.add(pos)
    for q in nbrs(grid, pos):
        if q not in visited:
            sub = solve_dfs(grid, q, end, visited)
            if sub:
                return [pos] + sub
    return None

grid, start, end = parse(MAZE)
print("start", start, "end", end, "size", len(grid), "x", len(grid[0]))
path, explored = solve_bfs(grid, start, end)
print("bfs length", len(path) - 1, "explored", explored)
drawn = [row[:] for row in grid]
for r, c in path[1:-1]:
    drawn[r][c] = "."
print("\n".join(["".join(row) for row in drawn]))
dpath = solve_dfs(grid, start, end, set())
print("dfs length", len(dpath) - 1, dpath[:5])
grid[7][8] = "#"
grid[6][8] = "#"
print(solve_bfs(grid, start, end))
print(neighbors.__name__, sorted(vars(neighbors)) if False else neighbors.found[:2])
