import struct
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(struct.pack('<ihb', 1, 2, 3), struct.pack('>Q', 2**64-1), struct.pack('!f', 1.5), struct.pack('d', 1.0), struct.pack('?', 5), struct.pack('3s', b'abcdef'), struct.pack('5p', b'ab'))
print(struct.unpack('<ihb', b'\x01\x00\x00\x00\x02\x00\x03'), struct.calcsize('ihb'), struct.calcsize('<ihb'), struct.calcsize('@iq'), struct.calcsize('0s'))
print(struct.unpack_from('>H', b'\x00\x01\x02', 1), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
t(lambda: struct.pack('b', 200)); t(lambda: struct.pack('B', -1)); t(lambda: struct.pack('h', 2**15)); t(lambda: struct.pack('<I', -1)); t(lambda: struct.pack('Q', -1))
t(lambda: struct.pack('i', 'a')); t(lambda: struct.pack('i', 1.5)); t(lambda: struct.pack('i')); t(lambda: struct.pack('i', 1, 2)); t(lambda: struct.pack('z', 1))
t(lambda: struct.unpack('i', b'ab')); t(lambda: struct.unpack_from('i', b'ab', 1)); t(lambda: struct.pack('s', 'x')); t(lambda: struct.pack('c', b'ab'))
t(lambda: struct.pack('e', 1e10)); t(lambda: struct.pack('<e', 1.5)); t(lambda: struct.unpack('<e', b'\x00\x3e'))
t(lambda: struct.pack('f', 1e300)); t(lambda: struct.calcsize('i3')); t(lambda: list(struct.iter_unpack('i', b'abc'))); t(lambda: struct.iter_unpack('', b''))
s = struct.Struct('<2h'); print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'))
b = bytearray(8); struct.pack_into('<hh', b, 2, 1, -1); print(b); t(lambda: struct.pack_into('<h', b, 7, 1))
t(lambda: struct.pack('P', 1)); t(lambda: struct.pack('<P', 1)); t(lambda: struct.pack('n', 1)); t(lambda: struct.pack('<q', 2**63))
print(struct.pack('>i', -2), struct.unpack('>i', b'\xff\xff\xff\xfe'), struct.pack('<d', float('inf')), struct.unpack('<?', b'\x02'))
t(lambda: struct.Struct(1)); t(lambda: struct.pack(b'<h', 1)); t(lambda: struct.unpack('<h', 'ab'))
class Idx:
    def __index__(self): return 7
print(struct.pack('<h', Idx()), struct.pack('<x3x'), struct.unpack('<xhx', b'\x00\x01\x00\x00'))
t(lambda: struct.pack('<h', True)); t(lambda: struct.pack('<?', [])); t(lambda: struct.error)
