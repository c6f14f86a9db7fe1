def leaf(x):
    yield x
    raise ValueError(f"leaf failed on {x}")

def mid():
    yield from leaf(1)

def top():
    for v in mid():
        yield v * 2

print(list(top()))
