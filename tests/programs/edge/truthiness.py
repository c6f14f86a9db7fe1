vals = [0, 1, -1, 0.0, -0.0, 0.5, 0j, 1j, '', 'a', b'', b'x', bytearray(), [], [0], (), (0,), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False, float('nan'), ..., NotImplemented if False else 1, len, 10**100, -(10**100)]
print([bool(v) for v in vals])
print([not v for v in vals])
print(0 or 'x', '' or [] or 'y', 1 and 2, 0 and 1, None or 0)
print(bool(int), bool(type(None)))
r = range(5, 5)
print(bool(r), len(r))
