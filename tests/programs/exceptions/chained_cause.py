# raise ... from ...: the direct-cause line between the two tracebacks.
def load(name):
    try:
        return [1, 2][5]
    except IndexError as e:
        raise LookupError("cannot load " + name) from e


load("settings")
