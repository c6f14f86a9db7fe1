import _sha3, _blake2

inputs = [b'', b'abc', b'a' * 135, b'a' * 136, b'a' * 137, b'a' * 200, bytes(range(256)) * 5]
for name in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    c = getattr(_sha3, name)
    h = c()
    print(type(h).__name__, type(h).__module__, h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix)
    for d in inputs:
        print(c(d).hexdigest())
    h = c()
    for k in range(30):
        h.update(bytes([k]) * (k * 7))
    h2 = h.copy(); h2.update(b'x')
    print(h.hexdigest(), h2.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
for name in ['shake_128', 'shake_256']:
    c = getattr(_sha3, name)
    h = c(b'abc')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(0), h.hexdigest(10), h.digest(300).hex()[-20:])
    for bad in [(), (-1,), ('x',)]:
        try:
            h.digest(*bad)
        except Exception as e:
            print(type(e).__name__, e)
for c, kws in [(_blake2.blake2b, [{}, {'digest_size': 20}, {'key': b'secret'}, {'salt': b'salty', 'person': b'me'},
                                  {'fanout': 2, 'depth': 3, 'leaf_size': 100, 'node_offset': 5, 'node_depth': 1, 'inner_size': 32, 'last_node': True}]),
               (_blake2.blake2s, [{}, {'digest_size': 16}, {'key': b'k' * 32}, {'salt': b'12345678', 'person': b'p'},
                                  {'fanout': 0, 'depth': 255, 'node_offset': 2**47, 'last_node': True}])]:
    for kw in kws:
        for d in inputs:
            h = c(d, **kw)
            print(h.name, h.digest_size, h.block_size, h.hexdigest())
        h = c(**kw)
        for k in range(30):
            h.update(bytes([k]) * (k * 5))
        print(h.copy().hexdigest())
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(_blake2.blake2b, digest_size=0); t(_blake2.blake2b, key=b'x' * 65); t(_blake2.blake2b, salt=b'x' * 17)
t(_blake2.blake2b, person=b'x' * 17); t(_blake2.blake2b, fanout=256); t(_blake2.blake2b, depth=0)
t(_blake2.blake2b, node_depth=256); t(_blake2.blake2s, node_offset=2**48); t(_blake2.blake2s, b'a', b'b'); t(_blake2.blake2b, 'a')
t(_sha3.sha3_256, 'a'); t(_sha3.sha3_256, b'a', b'b'); t(_sha3.sha3_256, data=b'a')
print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE, _sha3.implementation)
