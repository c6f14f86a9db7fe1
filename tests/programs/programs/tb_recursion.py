def depth(n):
    if n == 0:
        return {}["missing"]
    return depth(n - 1) + 1

def wrapper():
    try:
        return depth(30)
    except KeyError as e:
        print("caught", repr(e))
    return depth(5)

print("start")
wrapper()
