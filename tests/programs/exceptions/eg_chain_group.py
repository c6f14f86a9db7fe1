# A group in a cause/context chain, and a group whose members were themselves chained.
def failing():
    raise ExceptionGroup("first", [ValueError("v"), TypeError("t")])

def handler():
    try:
        failing()
    except* ValueError:
        raise KeyError("replacement")

try:
    handler()
except ExceptionGroup as e:
    print("caught", repr(e))
    print("members", [type(x).__name__ for x in e.exceptions])
    print("context of KeyError", repr(e.exceptions[0].__context__))

try:
    failing()
except ExceptionGroup as e:
    raise RuntimeError("wrapping the group") from e
