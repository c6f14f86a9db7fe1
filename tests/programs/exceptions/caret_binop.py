# An uncaught TypeError from a binary operator: the ~~~^~~~ markers.
def total(values):
    acc = 0
    for v in values:
        acc = acc + v * 2
    return acc


print(total([1, 2]))
print(total([1, "x", None]))
