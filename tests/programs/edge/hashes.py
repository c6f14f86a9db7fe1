print(hash(''), hash('a'), hash('abc'), hash('héllo'), hash('\U0001f600'))
print(hash(b''), hash(b'a'), hash(b'abc'))
print(hash(()), hash((1,)), hash((1, 2)), hash(('a', 1)), hash(((1, 2), 3)))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset('ab')))
print(hash(0.0), hash(-0.0), hash(1.5), hash(0.1), hash(1e300), hash(float('inf')), hash(float('-inf')))
print(hash(2**61 - 1), hash(2**61), hash(2**64), hash(-2**64), hash(10**30), hash(-(10**30)))
print(hash(-1), hash(-2), hash(1), hash(0), hash(True), hash(False), hash(None) == hash(None))
print(hash(1j), hash(1 + 2j), hash(complex(1.5, -0.5)))
print(hash(range(3)) == hash(range(3)) if False else 'x')
print(hash(slice(1, 2)) if False else 'y')
print(hash(1) == hash(1.0), hash(2**61 - 1) == hash(float(2**61 - 1)))
print(hash(-1.0), hash(2**62), hash(-(2**63)), hash(2**63))
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
try:
    hash((1, []))
except TypeError as e:
    print(e)
try:
    hash(float('nan')) == hash(float('nan'))
    print('nan ok')
except Exception as e:
    print(e)
