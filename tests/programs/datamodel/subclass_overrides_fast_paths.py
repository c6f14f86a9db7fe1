# Subclasses of list, tuple, dict and str that override __getitem__/__setitem__/__hash__:
# the VM's fast paths for exact builtins must not bypass the overrides.
class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 100)
class T(tuple):
    def __getitem__(self, i):
        return "T!"
class Dd(dict):
    def __getitem__(self, k):
        return "D!"
    def __setitem__(self, k, v):
        super().__setitem__(k, -v)
class S(str):
    def __hash__(self):
        return 42
l = L([1, 2, 3]); l[0] = 5
print(l[0], l[1:], list.__getitem__(l, 0))
t = T((1, 2)); print(t[0], t[1])
d = Dd(a=1); d["b"] = 2; print(d["a"], dict.__getitem__(d, "b"))
print(hash(S("abc")), {S("x"): 1})
