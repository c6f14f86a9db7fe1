ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (must be 1..3999)")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in VALUES:
            raise ValueError(f"invalid roman digit {ch!r} in {s!r}")
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    back = from_roman(r)
    print(f"{n:>5} -> {r:<15} -> {back:>5} {'ok' if back == n else 'MISMATCH'}")
for bad in [0, 4000, -1, 3.5, "12"]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
for s in ["mcmxcvi", "XLII", "ABC", ""]:
    try:
        print(s, from_roman(s))
    except ValueError as e:
        print("error", e)
print(all([from_roman(to_roman(i)) == i for i in range(1, 4000)]))
lengths = {}
for i in range(1, 4000):
    lengths.setdefault(len(to_roman(i)), []).append(i)
print({k: (len(v), v[0]) for k, v in sorted(lengths.items())})
