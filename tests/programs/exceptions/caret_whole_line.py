# No markers when they would cover the whole stripped line.
def fail():
    raise RuntimeError("boom")


def middle():
    fail()


def top():
    x = 1
    middle()
    return x


top()
