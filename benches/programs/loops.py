def loops(n):
    total = 0
    for i in range(n):
        j = i % 7
        while j > 0:
            total += j
            j -= 1
    return total


print(loops(2_000_000))
