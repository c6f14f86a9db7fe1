import _struct as struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(struct.error, struct.error.__module__, issubclass(struct.error, Exception))
for c in 'bBhHiIlLqQ':
    for o in '@<>!=':
        for v in [0, 1, -1, 127, 128, 255, 256, 65535, 2**31, 2**32, 2**40, -2**40, 2**63, 2**64 - 1, 2**64, -2**63 - 1, 1.5, 'x', None, True]:
            t(struct.pack, o + c, v)
for c in 'nNP':
    for v in [0, -1, 2**63, 2**64, 1.0]:
        t(struct.pack, c, v)
    t(struct.pack, '<' + c, 1)
for c in 'efd':
    for o in '@<>':
        for v in [0.0, -0.0, 1.0, 1.5, 0.1, 1e300, -1e300, 65504.0, 65520.0, 65519.0, 1e-8, 6.1e-5, 6e-8, 3e-8,
                  float('inf'), float('-inf'), float('nan'), 'x', 2**2000, 3]:
            t(struct.pack, o + c, v)
for b in [b'\x00\x7c', b'\x00\xfc', b'\x01\x7c', b'\x01\x00', b'\xff\x7b', b'\x00\x3c', b'\x55\x35']:
    print(struct.unpack('<e', b), struct.unpack('>e', b))
t(struct.pack, 'c', b'ab'); t(struct.pack, 'c', 'a'); t(struct.pack, 'c', bytearray(b'z'))
t(struct.pack, 's', 'a'); t(struct.pack, 'p', 1); t(struct.pack, '?', []); t(struct.pack, '?', 'x')
t(struct.pack, '5p', b'abcdefg'); t(struct.pack, '3s', b'abcdef'); t(struct.pack, '6s', b'ab')
t(struct.pack, '0p', b'x'); t(struct.pack, '1p', b'x'); t(struct.pack, '300p', b'a' * 300)
t(struct.unpack, '5p3s0s2x?', b'\x09abcdxyz\x00\x00\x01')
t(struct.unpack, '0p', b'')
t(struct.pack, 'ii', 1); t(struct.pack, 'i'); t(struct.pack, 'i', 1, 2); t(struct.pack, '3'); t(struct.pack, 'z'); t(struct.pack, 5); t(struct.pack)
t(struct.pack, ' < i h '); t(struct.pack, '<i h', 1, 2); t(struct.calcsize, '1 0i'); t(struct.calcsize, '99999999999999999999i')
t(struct.pack, 'x'); t(struct.calcsize, ''); t(struct.pack, '0c'); t(struct.pack, '2c', b'a', b'b')
for f in ['@bhiq', '@qb', 'bP', '@b0i', 'c3xi', 'hd', '<hd', '=bi', '!ql', 'e?f', '10s2p', 'bxhxixqx', '@5sq']:
    t(struct.calcsize, f)
t(struct.pack, '@bhiq', 1, 2, 3, 4)
t(struct.pack, '@b0i', 7)
t(struct.pack, '>bhilqBHILQ', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
t(struct.unpack, '>bhilqBHILQ', struct.pack('>bhilqBHILQ', -1, -2, -3, -4, -5, 6, 7, 8, 9, 2**64 - 1))
t(struct.unpack, '<bhilqBHILQ', struct.pack('<bhilqBHILQ', -1, -2, -3, -4, -5, 6, 7, 8, 9, 2**64 - 1))
t(struct.unpack, '@bhilqnNPBHILQ', struct.pack('@bhilqnNPBHILQ', -1, -2, -3, -4, -5, -6, 7, 8, 6, 7, 8, 9, 2**64 - 1))
t(struct.unpack, 'i', b'abc'); t(struct.unpack, 'i', 'abcd'); t(struct.unpack, '2i', b'\0' * 7)
t(struct.unpack, 'i'); t(struct.unpack, '<fd', struct.pack('<fd', 1.1, 2.2))
t(struct.unpack_from, 'i', b'abcdefghij', 8); t(struct.unpack_from, 'i', b'abcdefghij', -11)
t(struct.unpack_from, 'i', b'abcdefghij', -2); t(struct.unpack_from, 'i', b'abcdefghij', -4)
t(struct.unpack_from, '<h', b'abcdefghij', 3); t(struct.unpack_from, '<h', buffer=b'abcd', offset=1)
t(struct.unpack_from, '<h', b'abcd')
b = bytearray(10)
t(struct.pack_into, 'i', b, 8, 1); t(struct.pack_into, 'i', b, -11, 1); t(struct.pack_into, 'i', b, -2, 1)
t(struct.pack_into, 'i', bytes(10), 0, 1); t(struct.pack_into, 'i'); t(struct.pack_into, 'i', b); t(struct.pack_into, 'i', b, 0)
t(struct.pack_into, '<hxh', b, 2, 0x4142, 0x4344); print(b)
t(struct.pack_into, '<h', b, -2, -1); print(b)
t(struct.iter_unpack, 'i', b'abcde'); t(struct.iter_unpack, '', b''); t(struct.iter_unpack, 'i')
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
s = struct.Struct('<ih')
print(type(s).__name__, s.format, s.size, struct.Struct(b'>q').format)
print(s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2))
print(list(s.iter_unpack(bytes(12))))
t(s.pack, 1); t(s.unpack); t(s.unpack_from); t(s.pack_into); t(s.unpack, b'')
t(struct.Struct); t(struct.Struct, 5); t(struct.Struct, 'i', 'x'); t(struct.Struct, 'q!')
print(struct.Struct(format='<i').format)
class S(struct.Struct):
    pass
ss = S('>H')
print(type(ss).__name__, ss.pack(258), ss.size, isinstance(ss, struct.Struct))
class I:
    def __index__(self):
        return 5
t(struct.pack, 'b', I()); t(struct.pack, 'd', I()); t(struct.pack, '>Q', I())
struct._clearcache()
