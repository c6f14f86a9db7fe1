vals = [0, 1, -1, 7, 255, -255, 10**20, 3.0, -2.5, 1e-7, 1e21, 123.456, float('inf'), float('nan')]
for v in vals:
    print(repr(v), str(v), format(v), format(v, '>12'), format(v, '^9') if isinstance(v, int) else format(v, '.3g'))
print(format(1234567, ','), format(1234567.891, ',.2f'), format(0.25, '%'), format(0.256, '.1%'))
print(format(255, 'x'), format(255, '#X'), format(255, 'o'), format(255, '#b'), format(-255, '08x'))
print(format(3.14159, 'e'), format(3.14159, '.2E'), format(1e10, 'g'), format(1e-10, 'G'), format(123, 'e'))
print(format(1.5, '+'), format(-1.5, ' '), format(2, '+d'), format(1e100, ''), format(12.0, 'n'))
print(f'{3.0:.0f}', f'{2.5:.0f}', f'{-0.0:.1f}', f'{1/3:.20f}', f'{10**16:.2e}')
print(f'{"abc":*^9}', f'{42:_>8}', f'{42:=+8}', f'{-42:=8}', f'{1234567:_}', f'{0xabcdef:_x}')
print(str(1e16), str(1e15), str(1.5e-5), str(0.0001), repr(1.1), repr(2.675), 1e-4, 123e18)
print(float('0.1') * 3, 0.1 * 3, 1 - 0.9, 100 * 1.1, 3 * 1.1)
print(int(2.5), int(-2.5), round(2.675, 2), round(-0.5), round(1.5), round(0.5), round(-1.5))
print(7 / 2, 7 // 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 2 ** 0.5, 10 ** -2, (-8) ** 2)
