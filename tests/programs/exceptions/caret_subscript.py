# An uncaught IndexError from a subscript inside a nested call.
def pick(seq, i):
    return seq[i]


def outer(data):
    return len(data) + pick(data, len(data) * 2)


print(pick([1, 2, 3], 1))
print(outer([1, 2, 3]))
