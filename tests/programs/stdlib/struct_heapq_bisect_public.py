import struct, heapq, bisect, quopri, binascii

# the public modules over the native ones
print(struct.pack('>I2sh', 7, b'ab', -2), struct.unpack('<3B', b'\x01\x02\x03'), struct.calcsize('=qh'))
s = struct.Struct('!HH')
print(s.size, s.format, s.unpack(s.pack(1, 2)), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('struct.error', e)
data = [5, 1, 8, 3, 9, 2, 7, 3, 3]
h = list(data)
heapq.heapify(h)
print(h, heapq.nsmallest(3, data), heapq.nlargest(3, data), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(2, ['aa', 'b', 'cccc'], key=len), heapq.nsmallest(2, [(2, 'x'), (1, 'y'), (1, 'z')]))
a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
print(a, bisect.bisect(a, 5), bisect.bisect_left(a, 5), bisect.bisect_right(a, 1, hi=3))
print(quopri.encodestring(b'caf\xc3\xa9 = ok\n'), quopri.decodestring(b'caf=C3=A9'))
print(binascii.crc32(b'hello world') & 0xffffffff, binascii.b2a_base64(b'krait', newline=False))
