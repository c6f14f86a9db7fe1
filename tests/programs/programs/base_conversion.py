DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError("base must be between 2 and 36")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

def from_base(s, base):
    s = s.strip().lower()
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    total = 0
    for ch in s:
        d = DIGITS.find(ch)
        if d < 0 or d >= base:
            raise ValueError(f"invalid digit {ch!r} for base {base}")
        total = total * base + d
    return -total if neg else total

for n in [0, 1, 7, 255, -255, 1000, 2**64, 123456789]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, row)
    assert row[0] == format(n, "b") and row[1] == format(n, "o") and row[2] == format(n, "x")
    for b, s in zip((2, 8, 16, 36), row):
        assert from_base(s, b) == n == int(s, b)
print(from_base("  ff ", 16), from_base("-zz", 36), from_base("777", 8))
for s, b in [("12", 2), ("g", 16), ("1.5", 10)]:
    try:
        from_base(s, b)
    except ValueError as e:
        print("ValueError:", e)
    try:
        int(s, b)
    except ValueError as e:
        print("int():", e)
try:
    to_base(5, 40)
except ValueError as e:
    print(e)
print(bin(10), oct(10), hex(255), hex(-255), int("0x1f", 16), int("0b101", 0), int("0o17", 0))
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {-5:#06x} {1234567:,} {1234567:_x}")

def bits(n):
    out = []
    for i in range(8):
        out.append((n >> (7 - i)) & 1)
    return out

for v in [0, 1, 5, 128, 255, 170]:
    b = bits(v)
    print(f"{v:3} {b} popcount={sum(b)} {v ^ 0xff:3} {~v} {v << 3} {v & 0x0f} {v | 0x10}")

def float_to_bin(x, places=10):
    whole = int(x)
    frac = x - whole
    out = to_base(whole, 2) + "."
    for _ in range(places):
        frac *= 2
        bit = int(frac)
        out += str(bit)
        frac -= bit
    return out

for x in [0.5, 0.1, 3.75, 10.625]:
    print(x, float_to_bin(x))
