LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None

def show(board):
    rows = [" | ".join(board[i:i + 3]) for i in range(0, 9, 3)]
    print("\n---------\n".join(rows))

memo = {}
def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    if w == "draw":
        return 0, None
    best = None
    for i in range(9):
        if board[i] == " ":
            nb = board[:i] + player + board[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    memo[key] = best
    return best

boards = ["XXXOO    ", "XO XO X  ", "XOXXOOOXX", "         ", "X   O    ", "OOO XX X "]
for b in boards:
    print(repr(b), "->", winner(b))
print(minimax(" " * 9, "X"), len(memo))
board = " " * 9
player = "X"
while winner(board) is None:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    print(f"{player} plays {move}")
    player = "O" if player == "X" else "X"
show(board)
print("result:", winner(board))
counts = {"X": 0, "O": 0, "draw": 0, None: 0}
def count_games(b, p):
    w = winner(b)
    if w:
        counts[w] += 1
        return
    for i in range(9):
        if b[i] == " ":
            count_games(b[:i] + p + b[i + 1:], "O" if p == "X" else "X")
count_games("X   O    ", "X")
print(counts)
