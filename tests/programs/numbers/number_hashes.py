# hash() of numbers: equal numbers hash equal across int/float/complex; the modulus,
# -1 special case, infinities, and hash as dict/set keys.
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 2 ** 100, -(2 ** 100),
          10 ** 30, 0.5, -0.5, 1.5, 1e100, 1e-100, 2.0 ** 61, float("inf"), float("-inf"),
          1j, 1 + 1j, -1 - 1j, 0.5j, True, False, 123456789.125, -0.0, 0.0]:
    print(repr(v), hash(v))
print(hash(2 ** 61 - 1) == 0, hash(-1) == hash(-2), hash(1.0) == hash(1), hash(2 ** 80) == hash(2.0 ** 80))
print(hash(complex(2, 0)) == hash(2), hash(0.0) == hash(-0.0) == hash(0j))
d = {1: "int", 2.0: "float", 3 + 0j: "complex", 2 ** 65: "big"}
print(d[1.0], d[2], d[3], d[3.0], d[2.0 ** 65])
s = {k: None for k in [1, 1.0, True, 1 + 0j, 2, 2.0]}
print(len(s), list(s), sorted(s, key=abs))
print(hash((1, 2.5, 3j)) == hash((1.0, 2.5, 3j)))
