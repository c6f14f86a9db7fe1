# An uncaught group raised from nested calls: the boxed traceback.
def leaf(n):
    if n == 1:
        raise ValueError("bad value")
    if n == 2:
        raise TypeError("bad type")
    raise KeyError(n)

def collect():
    errors = []
    for n in (1, 2, 3):
        try:
            leaf(n)
        except Exception as e:
            errors.append(e)
    return errors

def main():
    errors = collect()
    print("collected", len(errors))
    raise ExceptionGroup("several failures", errors)

main()
