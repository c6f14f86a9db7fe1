vals = [0, -5, 10**25, 1.0, 1.5e-10, 1e16, float('inf'), float('-inf'), float('nan'), 0j, 1+2j, -1j, complex(0, -0.0), 'str', "q'uote", b'by\xfftes', bytearray(b'ba'), [1], (1,), {1: 2}, {1}, frozenset({1}), range(1, 5, 2), slice(None), slice(1, 2, 3), None, True, ..., NotImplemented]
for v in vals:
    print(str(v), '|', repr(v), '|', ascii(v), '|', format(v))
print(repr(range(0)), repr(range(-3)), repr(range(1, 2, 1)))
print(repr(set()), repr(frozenset()), repr(bytearray()), repr(dict()), repr(()), repr([]))
print(repr(frozenset({'a'})), repr({(1, 2)}))
print(str(b'x'), repr(b"'"), repr(b'"'), repr(b'\'"'), repr(b'\n\t\r\\'))
print('%s %r %a' % ('é', 'é', 'é'))
print(f'{"x"!r} {"é"!a} {3!s} {1.5!r}')
