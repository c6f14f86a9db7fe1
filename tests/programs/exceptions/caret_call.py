# A failing call in an expression: markers span the call.
def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


result = [check(1), check(2)]
print(result)
total = sum(result) + check(-5) + 10
