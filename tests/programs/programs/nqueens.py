def solve_queens(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    board = []
    def place(row):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            board.append(c)
            place(row + 1)
            board.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    place(0)
    return solutions

def render(sol):
    n = len(sol)
    return "\n".join(["".join(["Q" if sol[r] == c else "." for c in range(n)]) for r in range(n)])

for n in range(1, 9):
    sols = solve_queens(n)
    print(f"n={n}: {len(sols)} solutions")
first = solve_queens(6)
for s in first:
    print(s)
    print(render(s))
    print()

def sudoku_ok(grid):
    for i in range(4):
        row = grid[i]
        col = [grid[r][i] for r in range(4)]
        box = [grid[(i // 2) * 2 + dr][(i % 2) * 2 + dc] for dr in range(2) for dc in range(2)]
        for group in (row, col, box):
            if sorted(group) != [1, 2, 3, 4]:
                return False
    return True

def solve_mini(grid):
    for r in range(4):
        for c in range(4):
            if grid[r][c] == 0:
                for v in range(1, 5):
                    grid[r][c] = v
                    if all([grid[r].count(x) <= 1 for x in range(1, 5)]) and \
                       all([[grid[rr][c] for rr in range(4)].count(x) <= 1 for x in range(1, 5)]):
                        if solve_mini(grid):
                            return True
                    grid[r][c] = 0
                return False
    return sudoku_ok(grid)

g = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print(solve_mini(g))
for row in g:
    print(row)
