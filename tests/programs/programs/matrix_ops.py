def matmul(A, B):
    if len(A[0]) != len(B):
        raise ValueError(f"shape mismatch: {len(A)}x{len(A[0])} @ {len(B)}x{len(B[0])}")
    return [[sum([A[i][k] * B[k][j] for k in range(len(B))]) for j in range(len(B[0]))]
            for i in range(len(A))]

def transpose(M):
    return [list(row) for row in zip(*M)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def show(M, name):
    print(f"{name} =")
    width = max([len(str(x)) for row in M for x in row])
    for row in M:
        print("  [" + " ".join([f"{x:>{width}}" for x in row]) + "]")

def det(M):
    n = len(M)
    if n == 1:
        return M[0][0]
    if n == 2:
        return M[0][0] * M[1][1] - M[0][1] * M[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in M[1:]]
        total += (-1) ** c * M[0][c] * det(minor)
    return total

def mat_pow(M, p):
    result = identity(len(M))
    while p:
        if p % 2:
            result = matmul(result, M)
        M = matmul(M, M)
        p //= 2
    return result

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(A, "A")
show(B, "B")
show(matmul(A, B), "A@B")
show(matmul(B, A), "B@A")
show(transpose(A), "A^T")
show(identity(4), "I4")
try:
    matmul(A, A)
except ValueError as e:
    print("ValueError:", e)
C = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det C =", det(C))
print("det I =", det(identity(5)))
show(mat_pow([[1, 1], [1, 0]], 30), "F^30")
F = [[0.5, 0.25], [0.125, 1.5]]
print(matmul(F, F))
print([[round(x, 3) for x in row] for row in mat_pow(F, 5)])

def gauss_solve(M, b):
    n = len(M)
    aug = [row[:] + [b[i]] for i, row in enumerate(M)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("singular matrix")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(n):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [aug[i][n] / aug[i][i] for i in range(n)]

sol = gauss_solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])
print([round(x, 9) for x in sol])
try:
    gauss_solve([[1, 2], [2, 4]], [1, 2])
except ZeroDivisionError as e:
    print("singular:", e)
spiral = []
M = [[r * 4 + c for c in range(4)] for r in range(4)]
while M:
    spiral += M.pop(0)
    M = transpose(M)[::-1] if M else M
print(spiral)
