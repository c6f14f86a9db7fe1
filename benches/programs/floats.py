def integrate(n):
    h = 1.0 / n
    acc = 0.0
    x = 0.0
    for _ in range(n):
        acc += 4.0 / (1.0 + x * x) * h
        x += h
    return acc


print(round(integrate(3_000_000) * 1e6))
