name, n, x = "krait", 7, 3.14159
print(f"{name} {n} {x}", f"{name!r} {name!s} {name!a}", f"{'é'!a}", f"{n:>4}|{n:<4}|{n:^5}|{n:04d}")
print(f"{x:.2f} {x:10.3f}| {x:e} {x:%} {n:b} {n:#o} {n*1000:,} {n:+}")
w, p = 12, 3
print(f"{x:{w}.{p}f}|", f"{name:{w}}|", f"{name:>{w}}|", f"{'nested':{'*'}^{w}}")
print(f"{n + 1} {[i * 2 for i in range(3)]} {dict(a=1)} {(1, 2)} {None} {True}")
print(f"{{braces}} {n}{{}}", f"{'a' 'b'}", f"{name.upper()}", f"{name[1:3]}", f"{len(name)=}")
print(f"{x=}", f"{x=:.2f}", f"{name=!r}", f"{n = }")
print(f"{3.0}", f"{1e20}", f"{-0.0}", f"{1/3}", f"{2**70}", f"{-5:08}", f"{'x':>3}{'y':<3}|")
v = [1, 2]
print(f"{v!r:>10}|", f"{v}", f"{'%d' % 5}", f"{'{}'.format(6)}")
try:
    print(f"{n:q}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{v:>5}")
except TypeError as e:
    print("TypeError", e)
