def deep(n):
    return deep(n + 1) if n < 10000 else 0
deep(0)
