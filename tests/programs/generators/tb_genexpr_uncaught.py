data = [3, 2, 1, 0]
print(sum(10 // x for x in data if x > 1))
print(list(10 // x for x in data))
