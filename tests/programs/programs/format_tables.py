rows = [("apple", 1.5, 10, True), ("banana", 0.25, 150, False), ("cherry", 12.125, 3, None),
        ("dragonfruit", 1234.5678, -7, True)]
print(f"{'item':<12}|{'price':>10}|{'qty':^7}|{'flag':^7}|")
print(f"{'':-<12}+{'':->10}+{'':-^7}+{'':-^7}+")
for name, price, qty, flag in rows:
    print(f"{name:<12}|{price:>10.2f}|{qty:^7d}|{flag!s:^7}|")
print()
for v in [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-7, 123456789.125, float("inf"), float("-inf"), float("nan")]:
    print(f"{v!r:>16} | {v:e} | {v:.3g} | {v:+.2f} | {v:10.4} | {v:g} | {v:%}" if isinstance(v, float) else f"{v!r:>16} | {v:e} | {v:.3g} | {v:+d} | {v:10} | {v:g}")
for n in [0, 7, -42, 1234567, 2**40]:
    print(f"[{n:>12,}] [{n:<+8}] [{n:^9x}] [{n:#010b}] [{n:_}] [{n:=+8}] [{n:o}] [{n:X}] [{n:c}]" if 0 <= n < 0x110000 else f"[{n:>12,}] [{n:<+8}] [{n:^9x}] [{n:#010b}] [{n:_}] [{n:=+8}]")
print("%s|%r|%5d|%-5d|%05.1f|%x|%X|%o|%e|%g|%c|%%|%+d|% d" % ("s", "r", 42, 42, 3.14159, 255, 255, 8, 12345.678, 0.0001, 65, 5, 5))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 33})
print("%-10s|%10s|%.2s|%*d|%-*d|" % ("left", "right", "truncate", 6, 42, 6, 42))
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{:>8.3f}|{:<8}|{:^8}|{!r}|{!s:>5}".format(2.0 / 3, "ab", "cd", "q", 1))
print("{:,.2f} {:.0%} {:.1%} {:+.3e}".format(1234567.891, 0.5, 0.12345, -0.000123))
print(format(3.0, ""), format(3, "05"), format("txt", "*^9"), format(True, "d"), format(1e100, ".3"))
print(f"{'nested':{'>'}{10}}", f"{3.14159:.{2}f}", f"{'x'!r:>5}", f"{{literal}}", f"{1+1=}", f"{ 'a' 'b' }")
width = 6
for i in range(1, 6):
    print(" ".join([f"{i * j:{width}}" for j in range(1, 8)]))
print(str(1.0), str(1e16), str(1.5e-5), str(0.1 + 0.2), repr(1e22), repr(123456789012345678.0), 1e-4, 0.0001234)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(15, -1), round(25, -1))
print(str(10**20 / 3), 7 / 2, -7 // 2, -7 % 3, 7 % -3, divmod(-7, 2), 2 ** -2, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
