class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.rows[r][c]
        return self.rows[key]
    def __setitem__(self, key, v):
        r, c = key
        self.rows[r][c] = v
    def __delitem__(self, key):
        del self.rows[key]
    def __len__(self):
        return len(self.rows)
    def __contains__(self, v):
        return any([v in r for r in self.rows])
    def __iter__(self):
        return iter(self.rows)
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])
m = Matrix([[1, 2], [3, 4]])
print(m[0], m[1, 0], m[0][1], len(m), 4 in m, 9 in m)
m[0, 0] = 10
print(m, m @ Matrix([[1, 0], [0, 1]]), m == Matrix([[10, 2], [3, 4]]))
del m[0]
print(m, list(m))
class Slicer:
    def __getitem__(self, k):
        return k
s = Slicer()
print(s[1], s[1:2], s[::2], s[1, 2], s[...], s[1:2, 3], s["k"])
class Default(dict):
    def __init__(self, default, *a, **kw):
        super().__init__(*a, **kw)
        self.default = default
    def __missing__(self, k):
        self[k] = self.default()
        return self[k]
dd = Default(list)
dd["a"].append(1); dd["a"].append(2); dd["b"].append(3)
print(dd, dd.default is list, len(dd), sorted(dd.items()))
class CI(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __contains__(self, k): return super().__contains__(k.lower())
c = CI()
c["Key"] = 1
print(c["KEY"], "kEy" in c, c)
try:
    c["nope"]
except KeyError as e:
    print("KeyError", e)
class RO:
    def __getitem__(self, k): return k * 2
try:
    RO()[1] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del RO()[1]
except TypeError as e:
    print("TypeError", e)
