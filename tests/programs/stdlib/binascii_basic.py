import binascii as b

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(b.Error.__mro__, b.Incomplete.__mro__)
data = [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'\x00\xff' * 30]
for d in data:
    print(b.hexlify(d), b.b2a_hex(d), b.b2a_base64(d), b.b2a_base64(d, newline=False),
          b.crc32(d), b.crc32(d, 12345), b.crc_hqx(d, 0), b.crc_hqx(d, 0xffff))
    assert b.unhexlify(b.hexlify(d)) == d
    assert b.a2b_base64(b.b2a_base64(d)) == d
    if len(d) <= 45:
        print(b.b2a_uu(d), b.b2a_uu(d, backtick=True))
        assert b.a2b_uu(b.b2a_uu(d)) == d
for d in [b'abcde', b'abcdef', b'a']:
    for sep, per in [('-', 1), (b':', 2), (':', -2), ('_', 3), ('_', -3), (' ', 10)]:
        t(b.hexlify, d, sep, per)
t(b.hexlify, b'abc', '::'); t(b.hexlify, b'abc', 'é'); t(b.hexlify, 'abc'); t(b.hexlify, b'', '-')
t(b.hexlify, data=b'xy', sep='.', bytes_per_sep=1)
t(b.unhexlify, 'abc'); t(b.unhexlify, 'zz'); t(b.unhexlify, 'é0'); t(b.unhexlify, 5); t(b.unhexlify, 'ABcd'); t(b.a2b_hex, bytearray(b'0a'))
t(b.crc32, 'abc'); t(b.crc32, b'abc', -1); t(b.crc32, b'abc', 2**40); t(b.crc_hqx, b'abc', 2**40); t(b.crc_hqx, b'abc')
t(b.b2a_base64, 'ab'); t(b.b2a_base64, b'ab', b'x')
for s in [b'YWJj', b'YWI=', b'YQ==', b'YQ', b'Y', b'YW=', b'Y W J j', b'YWJj\n', b'YQ==YQ==', b'YQ=x=', b'=YQ==', b'YWJj=',
          b'YQ===', b'Y!Q==', 'YWJj', b'', b'Y===', b'YWJjZ']:
    t(b.a2b_base64, s)
    t(b.a2b_base64, s, strict_mode=True)
t(b.a2b_base64, 'é')
t(b.b2a_uu, b'x' * 46); t(b.b2a_uu, b'', backtick=True); t(b.b2a_uu, b'\0\0\0', backtick=True)
for s in [b'', b'!', '  ', b'#86)C\n', b'#86)C  xx', b'#86)C', b'#86)C  \n', b'#\x1f', b'!````\n']:
    t(b.a2b_uu, s)
qp = [b'hello world', b'a=b', b'tab\there', b'trailing space \nnext', b'x' * 100, b'caf\xc3\xa9\r\nline2\r\n',
      b'.\n', b'under_score and space', b'\x00\x01\x7f\x80', b'end with tab\t', b'line\n' * 3, b'a' * 75 + b'=',
      b'=' * 30]
for d in qp:
    enc = b.b2a_qp(d)
    print(enc, b.b2a_qp(d, quotetabs=True), b.b2a_qp(d, istext=False), b.b2a_qp(d, header=True))
    print(b.a2b_qp(enc), b.a2b_qp(b.b2a_qp(d, header=True), header=True))
for s in [b'a=\nb', b'a=\r\nb', b'=41=42', b'=4', b'==', b'=zz', b'a_b', b'=']:
    print(b.a2b_qp(s), b.a2b_qp(s, header=True))
