import _string
for s in ['a{0!r:>5}b{{c}}', '{}', '{:{w}}x', '{a[1].b}', 'x}}', '{0!}', '{0!rr}', '{',
          '}', 'a{b', '{0[}', '{!r}', 'plain', '', '{0:}', '{x!s}', 'a{0}}b', '{{}}', '{a{b}']:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
it = _string.formatter_parser("ab{0}c}")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("lazy error:", e)
for s in ['a.b[0][x].c', '0', '', '12[3]', 'a[', 'a.', 'a[0]x', '[1]', '.a', 'a[]',
          '99999999999999999999999[1]', 'k[ 1 ]']:
    try:
        f, r = _string.formatter_field_name_split(s)
        print(repr(s), repr(f), list(r))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
try:
    _string.formatter_parser(1)
except TypeError as e:
    print("TypeError")
