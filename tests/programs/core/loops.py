total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print(total)

n = 0
while n < 100:
    n += 7
else:
    print("done", n)

for i in range(3):
    for j in range(3):
        if j == i:
            print(i, j, end=" ")
print()
for i, ch in enumerate("abc", 1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b, sep="-")
print(list(range(10, 0, -3)), list(range(5))[::2], len(range(0, 100, 7)))
