import decimal
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP
print(D('1.1') + D('2.2'), D('10') / D('3'), D(1) / D(7))
print(D('1.30') * D('2'), D('-0'), D('1e3'), D('NaN'), D('-Infinity'), repr(D('3.14')))
print(D('2').sqrt(), D('1.2345').quantize(D('0.01')), D('1.245').quantize(D('0.01'), rounding=ROUND_HALF_UP))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3))
print(getcontext().prec, D('7') // D('2'), D('7') % D('2'), D('-7') // D('2'), divmod(D('7'), D('2')))
print(D('1.5') < 2, D('0.1') == 0.1, D(0.1), D(5).compare(D(3)), max(D('1'), D('2')))
print(int(D('3.9')), float(D('2.5')), round(D('2.675'), 2), D('12.50').normalize(), D('1E+2').to_eng_string())
try:
    D('abc')
except decimal.InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
try:
    D(1) / D(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero", type(e).__name__)
print(D('3.14159').as_tuple(), D(10).ln().quantize(D('1.0000')), D('100').log10(), f"{D('1234.5'):,.2f}")
