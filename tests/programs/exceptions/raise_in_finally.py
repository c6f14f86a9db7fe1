# An exception raised in finally replaces the one in flight (which becomes its context).
def work():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("cleanup failed")


work()
