for v in [0, 1, -1, 42, 10**25, -7, 255]:
    print(f"{v}|{v:5}|{v:<5}|{v:^7}|{v:+}|{v:x}|{v:#b}|{v:,}|{v:_}|{v:08}|{v:e}")
for x in [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-10, 1e16, 123456.789, float("inf"), float("nan")]:
    print(f"{x}|{x:8.3f}|{x:<10.2e}|{x:g}|{x:.0f}|{x:+.1%}|{x:,.2f}|{x:010.1f}|{x:G}")
print(f"{True:d} {False:5}|{True!r} {None!s:>6}|")
