def a():
    try:
        b()
    except Exception as e:
        raise RuntimeError("a failed") from e
def b():
    try:
        c()
    finally:
        print("b finally")
def c():
    d = {}
    return d["x"]
try:
    a()
except RuntimeError as e:
    e.add_note("extra context")
    raise
