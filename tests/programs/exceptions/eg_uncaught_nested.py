# Nested groups with chained exceptions inside the members.
def fail_with_cause():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

def fail_with_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while dividing")

def gather(*fns):
    out = []
    for f in fns:
        try:
            f()
        except Exception as e:
            out.append(e)
    return out

inner = ExceptionGroup("inner", gather(fail_with_cause, fail_with_context))
try:
    raise inner
except ExceptionGroup as e:
    caught = e
outer = ExceptionGroup("outer", [caught, IndexError("plain, no traceback")])
print("raising")
raise outer
