print(ord("a"), ord("\n"), ord("é"), ord("\u20ac"), ord("\U0001f600"), ord("\x00"))
for v in ["", "ab", 1, None]:
    try:
        ord(v)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(chr(97)), repr(chr(0)), repr(chr(0x10FFFF)), repr(chr(233)), chr(True), repr(chr(0xD800)))
for v in [-1, 0x110000, "a", 1.5, None]:
    try:
        chr(v)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (1, 2)]:
    try:
        chr(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(bin(0), bin(5), bin(-5), bin(2**70), bin(True))
print(oct(0), oct(8), oct(-8), oct(2**70), oct(False))
print(hex(0), hex(255), hex(-255), hex(2**70), hex(-(2**64)))
for f in (bin, oct, hex):
    for v in [1.5, "1", None]:
        try:
            f(v)
        except Exception as e:
            print(type(e).__name__, e)
print(format(5), format(5, "03d"), format(3.14159, ".2f"), format("ab", ">5"), format(255, "x"), format(255, "#b"))
print(format(1234567, ","), format(0.5, "%"), format(True), format(None), format([1, 2]), format(1e20, "g"))
print(repr(format("x", "")), format(-3, "+"), format(42, "^8"), format(2**70, "_"), format(1.5, "e"))
for args in [(), (1, 2), (1, "x", 3), ([1], "x"), (1, "z"), ("s", "d")]:
    try:
        print(format(*args))
    except Exception as e:
        print(type(e).__name__, e)
