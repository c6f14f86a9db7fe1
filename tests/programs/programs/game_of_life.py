def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells

def step(cells):
    counts = {}
    for (r, c) in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}

def render(cells, rows, cols):
    return "\n".join(["".join(["#" if (r, c) in cells else "." for c in range(cols)]) for r in range(rows)])

glider = parse("""
.#...
..#..
###..
""")
cells = glider
for gen in range(5):
    print(f"gen {gen}: {len(cells)} alive, bbox {min(cells)}..{max(cells)}")
    print(render(cells, 6, 7))
    cells = step(cells)
blinker = parse("###")
print(step(blinker) == {(-1, 1), (0, 1), (1, 1)}, step(step(blinker)) == blinker)

def life_grid(grid, wrap=True):
    R, C = len(grid), len(grid[0])
    new = [[0] * C for _ in range(R)]
    for r in range(R):
        for c in range(C):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr == 0 and dc == 0:
                        continue
                    rr, cc = r + dr, c + dc
                    if wrap:
                        rr %= R; cc %= C
                    elif not (0 <= rr < R and 0 <= cc < C):
                        continue
                    n += grid[rr][cc]
            new[r][c] = 1 if (grid[r][c] and n in (2, 3)) or (not grid[r][c] and n == 3) else 0
    return new

g = [[0] * 8 for _ in range(8)]
for r, c in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3)]:
    g[r][c] = 1
seen = {}
for gen in range(40):
    key = tuple([tuple(row) for row in g])
    if key in seen:
        print("cycle: gen", gen, "repeats gen", seen[key])
        break
    seen[key] = gen
    g = life_grid(g)
print("\n".join(["".join([".#"[v] for v in row]) for row in g]))
pulsar_like = parse("""
..###...###..
.............
#....#.#....#
#....#.#....#
#....#.#....#
..###...###..
""")
pop = []
c = pulsar_like
for _ in range(6):
    pop.append(len(c))
    c = step(c)
print(pop)
