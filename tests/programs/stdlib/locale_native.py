import _locale as l
print(l.setlocale(l.LC_ALL))
print(l.setlocale(l.LC_CTYPE), l.setlocale(l.LC_NUMERIC))
conv = l.localeconv()
print(sorted(conv.items()))
print(l.getencoding(), l.nl_langinfo(l.CODESET), l.CHAR_MAX)
print(l.nl_langinfo(l.RADIXCHAR), repr(l.nl_langinfo(l.THOUSEP)), l.nl_langinfo(l.DAY_1), l.nl_langinfo(l.ABMON_2))
try:
    l.setlocale(l.LC_ALL, 'xx_YY')
except l.Error as e:
    print(type(e).__name__, e, l.Error.__module__, issubclass(l.Error, Exception))
try:
    l.setlocale(99)
except l.Error as e:
    print(e)
try:
    l.nl_langinfo(123456)
except ValueError as e:
    print(e)
print(l.setlocale(l.LC_NUMERIC, 'C'))
print(l.strcoll('a', 'b'), l.strcoll('b', 'a'), l.strcoll('a', 'a'), l.strxfrm('abc'))
print(l.LC_ALL, l.LC_CTYPE, l.LC_NUMERIC)
