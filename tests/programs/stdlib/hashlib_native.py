import _md5, _sha1, _sha256, _sha512

ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]
inputs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 111, b'a' * 112,
          b'a' * 127, b'a' * 128, b'a' * 129, bytes(range(256)) * 9,
          b'The quick brown fox jumps over the lazy dog']
for c in ctors:
    h = c()
    print(type(h).__name__, type(h).__module__, h.name, h.digest_size, h.block_size)
    for data in inputs:
        print(c(data).hexdigest())
    # incremental updates across block boundaries
    h = c()
    for k in range(40):
        h.update(bytes([k]) * k)
    h2 = h.copy()
    h2.update(b'more')
    print(h.hexdigest(), h2.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
    print(c(string=b'abc').hexdigest() == c(b'abc').hexdigest(),
          c(b'x', usedforsecurity=False).hexdigest() == c(bytearray(b'x')).hexdigest())
    for bad in ['str', 5, None]:
        try:
            c(bad)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        c().update('s')
    except Exception as e:
        print(type(e).__name__, e)
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type, _sha512.SHA384Type)
