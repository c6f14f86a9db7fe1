# while/for with else, break and continue in nested loops.
for i in range(3):
    pass
else:
    print("for-else ran", i)

for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)

n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)

while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
print("n", n)

found = []
for a in range(1, 5):
    for b in range(1, 5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        found.append((a, b))
    else:
        found.append("inner-else")
print(found)


def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    return None


print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
for x in []:
    print("empty")
else:
    print("empty else")
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    total += i
print(total)
i = 0
while i < 10:
    i += 1
    if i < 8:
        continue
    print("i", i)
out = []
for ch in "hello":
    if ch == "l":
        continue
    out.append(ch)
print("".join(out))
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for _ in range(2):
    for _ in range(2):
        break
    else:
        print("no")
    print("outer")
count = 0
while count < 100:
    count += 7
    if count > 50:
        break
print(count)
