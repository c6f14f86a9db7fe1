# except* clauses raise new exceptions and leave part unhandled: the combined group.
def work():
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as eg:
        print("handling", repr(eg))
        raise RuntimeError("replacement")
    except* TypeError:
        print("ignoring TypeError")

def main():
    work()

main()
