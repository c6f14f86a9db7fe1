b = bytes(range(10))
print(b[2:8:2], b[::-3], b[-2:], b[5:1:-1], list(b[7:]), b[3], b[-10], bytearray(b)[1::4], bytes(b[::-1])[0])
total = 0
for x in b:
    total += x
print(total, sum(b), max(b), min(b), sorted(b"hello"), b"abc"[1:2] == b"b", b"\x00" * 3)
ba = bytearray(b"abcdef")
for k in range(len(ba)):
    ba[k] = ba[k] - 32
print(ba, ba.decode(), bytes(ba[::2]), ba[1:4].lower(), b"".join([bytes([c]) for c in ba]))
try:
    b[10]
except IndexError as e:
    print("IndexError", e)
try:
    b[::0]
except ValueError as e:
    print("ValueError", e)
