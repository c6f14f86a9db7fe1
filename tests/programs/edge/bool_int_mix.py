print(True + True, True * 3, -True, ~True, True / 2, True // 2, True % 2, True ** 2)
print(True & False, True | 0, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(int(True), float(True), str(True), repr(False), complex(True))
print(sum([True, True, False]), max(True, 2), min(False, -1), abs(True), round(True))
print(True == 1, False == 0, True is 1 == False, hash(True) == hash(1))
print({True: 'a', 1: 'b', 1.0: 'c'}, {0, False, 0.0})
print(bool('False'), bool(' '), bool(0.0j), bool([[]]), bool(-0.0))
print(isinstance(True, int), isinstance(1, bool), type(True + 0).__name__, True.real, True.numerator)
print(f'{True}', f'{True:d}', f'{True!r}', '%d %s %r' % (True, True, True), format(False, '>5'))
print(bool.__name__, bool(), bool(None), bool(0), bool(2))
try:
    bool.x = 1
except TypeError as e:
    print(e)
print([x for x in range(5) if x] , list(filter(None, [0, 1, '', 'a', None, [], [0]])))
