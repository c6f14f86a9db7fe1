def fetch(db, key):
    try:
        return db[key]
    except KeyError as e:
        raise LookupError(f"record {key!r} not found") from e

def process(db, keys):
    results = []
    for k in keys:
        try:
            results.append(fetch(db, k) * 2)
        except LookupError as e:
            print("warn:", e, "| cause:", repr(e.__cause__))
            results.append(None)
    return results

def summarize(values):
    try:
        return sum(values) / len(values)
    except TypeError:
        raise ValueError("cannot summarize values with gaps")

db = {"x": 1, "y": 2}
vals = process(db, ["x", "q", "y"])
print(vals)
print(summarize([v for v in vals if v is not None]))
summarize(vals)
