# csv dialects: _csv.Dialect validation, registry, Dialect subclasses, Sniffer.
import csv
import _csv


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def show(d):
    print(repr(d.delimiter), d.doublequote, repr(d.escapechar), repr(d.lineterminator),
          repr(d.quotechar), d.quoting, d.skipinitialspace, d.strict)


show(_csv.Dialect())
show(_csv.Dialect(delimiter=";", quoting=csv.QUOTE_ALL, strict=1, skipinitialspace=[]))
show(_csv.Dialect(quotechar=None))
show(_csv.Dialect("excel-tab"))
show(_csv.Dialect(csv.unix_dialect))
show(_csv.Dialect(csv.excel, delimiter="|"))
d = _csv.Dialect()
print(_csv.Dialect(d) is d, _csv.Dialect(d, strict=True) is d)
t(lambda: _csv.Dialect(delimiter=1))
t(lambda: _csv.Dialect(delimiter="ab"))
t(lambda: _csv.Dialect(delimiter=""))
t(lambda: _csv.Dialect(delimiter=None))
t(lambda: _csv.Dialect(quotechar=1))
t(lambda: _csv.Dialect(quotechar=""))
t(lambda: _csv.Dialect(escapechar=1))
t(lambda: _csv.Dialect(escapechar="ab"))
t(lambda: _csv.Dialect(quoting=9))
t(lambda: _csv.Dialect(quoting=-1))
t(lambda: _csv.Dialect(quoting="a"))
t(lambda: _csv.Dialect(quoting=1.0))
t(lambda: _csv.Dialect(quotechar=None).quoting)
t(lambda: _csv.Dialect(quotechar=None, quoting=0))
t(lambda: _csv.Dialect(lineterminator=None))
t(lambda: _csv.Dialect(lineterminator=4))
t(lambda: _csv.Dialect(1, 2))
t(lambda: _csv.Dialect(foo=2))
t(lambda: _csv.Dialect("nosuch"))
t(lambda: _csv.Dialect.__doc__)
t(lambda: _csv.Dialect.__name__)
t(lambda: _csv.Dialect.__module__)

print(sorted(csv.list_dialects()))
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_NONE)
show(csv.get_dialect("semi"))
print(sorted(csv.list_dialects()))
print(list(csv.reader(["a;b;c"], "semi")))
csv.register_dialect("pipe", csv.excel, delimiter="|")
show(csv.get_dialect("pipe"))
csv.unregister_dialect("semi")
print(sorted(csv.list_dialects()))
t(lambda: csv.get_dialect("semi"))
t(lambda: csv.unregister_dialect("semi"))
t(lambda: csv.register_dialect(1))
t(lambda: csv.register_dialect())
t(lambda: csv.register_dialect("x", delimiter=3))
t(lambda: csv.get_dialect())
t(lambda: csv.field_size_limit("a"))
t(lambda: csv.field_size_limit(1, 2))
t(lambda: csv.reader([], "nosuch"))
t(lambda: csv.reader([], bogus=1))
print(isinstance(csv.get_dialect("excel"), _csv.Dialect))
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.Error.__name__)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.__version__, _csv.__version__)


class MyDialect(csv.Dialect):
    delimiter = ":"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


print(list(csv.reader(["a:'b:c'"], MyDialect)))


class Broken(csv.Dialect):
    delimiter = ":"


t(lambda: Broken())
t(lambda: csv.reader([], Broken))

sn = csv.Sniffer()
sample = "name;age;city\nann;31;paris\nbob;25;rome\n"
d = sn.sniff(sample)
print(repr(d.delimiter), d.quotechar, d.skipinitialspace)
print(sn.has_header(sample))
d = sn.sniff('"a","b"\n"c","d"\n')
print(repr(d.delimiter), repr(d.quotechar), d.doublequote)
t(lambda: sn.sniff(""))
t(lambda: csv.unregister_dialect())
t(lambda: csv.list_dialects(1))
t(lambda: csv.get_dialect(name="excel").delimiter)
