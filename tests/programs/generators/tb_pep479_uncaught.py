def items():
    yield 1
    next(iter([]))

for i in items():
    print("item", i)
