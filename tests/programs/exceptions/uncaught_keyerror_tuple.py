# KeyError with a tuple key and a custom exception class name in a nested function.
def lookup(table, *key):
    return table[key]


lookup({(1, 2): "a"}, 1, 3)
