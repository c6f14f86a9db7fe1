def compute(values):
    total_sum = 0
    for v in values:
        total_sum += v
    try:
        return total_sm
    except NameError as e:
        print(e)
    return total_sum
counter = 1
try:
    print(countr)
except NameError as e:
    print(e)
print(compute([1, 2]))
countr
