items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
width = 10
print(f"{'name':<{width}}|{'price':>8}|{'qty':^5}|")
for name, price, qty in items:
    print(f"{name:<{width}}|{price:>8.2f}|{qty:^5d}|{name[0].upper() + name[1:]!r:>10}|{price * qty:{'>'}{width}.{1}f}")
total = sum([p * q for _, p, q in items])
print(f"{'total':.<{width}}{total:.>{width}.2f}", f"{total=:,.3f}", f"{'x' if total > 5 else 'y'}", f"{ {'a': 1}['a'] }", f"{(lambda z: z * 2)(4)}")
nested = f"{f'{1 + 1}'}{f'{3:02}'}"
print(nested, f"{'%s-%s' % ('a', 'b')}", f"{'{}|{}'.format(1, 2)}", f"{chr(65)}{ord('B')}", f"{'é'!a:>8}|{'q'!r:^7}|")
