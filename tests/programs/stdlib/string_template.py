import string
from string import Template, Formatter, capwords
t = Template('$who likes $what, ${who}s!')
print(t.substitute(who='tim', what='kung pao'))
print(t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print("KeyError", e)
try:
    Template('$1').substitute()
except ValueError as e:
    print("ValueError", e)
print(Template('$$ $a').substitute({'a': 1}))
print(Template('$a').get_identifiers() if hasattr(Template, 'get_identifiers') else None, Template('$a ${b}').is_valid())
class My(Template):
    delimiter = '%'
print(My('%x and %%').substitute(x=3))
print(capwords(' hello   world  '), capwords('a-b-c', '-'))
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace))
f = Formatter()
print(f.format('{0} {x} {1!r:>5}', 'a', 'b', x=3))
print(list(f.parse('a{0}b{x!r:>3}c')))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}))
class UF(Formatter):
    def get_value(self, key, args, kwargs):
        return str(key).upper()
print(UF().format('{hello} {world}'))
try:
    f.format('{0}')
except IndexError as e:
    print("IndexError", e)
print(string.Formatter().format("{:,}", 1234567))
