def apply_all(funcs, x):
    return [f(x) for f in funcs]

table = {
    "double": lambda v: v * 2,
    "inverse": lambda v: 1 / v,
    "square": lambda v: v ** 2,
}

for x in [4, 0.5, 2]:
    print(x, apply_all(table.values(), x))

def run(xs):
    return {x: apply_all(list(table.values()), x) for x in xs}

print(run([1, 2]))
print(run([3, 0, 5]))
