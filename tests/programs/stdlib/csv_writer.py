# csv.writer: quoting modes, escaping, line terminators, writerows, errors.
import csv
import io


def w(rows, **kw):
    s = io.StringIO()
    try:
        wr = csv.writer(s, **kw)
        for row in rows:
            wr.writerow(row)
    except Exception as e:
        print(type(e).__name__, e, repr(s.getvalue()))
        return
    print(repr(s.getvalue()))


w([["a", "b", "c"], [1, 2.5, None]])
w([["a,b", 'c"d', "e\nf", "g\rh", " i "]])
w([[""]])
w([["", ""]])
w([[]])
w([["a"], [""], []])
w([["a", 1, 2.0, True, None]], quoting=csv.QUOTE_ALL)
w([["a", 1, 2.0, True, None, 3j]], quoting=csv.QUOTE_NONNUMERIC)
w([["a,b"]], quoting=csv.QUOTE_NONE)
w([["a,b", 'c"d', "x\\y"]], quoting=csv.QUOTE_NONE, escapechar="\\")
w([[""]], quoting=csv.QUOTE_NONE)
w([['a"b']], doublequote=False)
w([['a"b']], doublequote=False, escapechar="\\")
w([["a\\b", "c"]], escapechar="\\")
w([["a;b", "c,d"]], delimiter=";")
w([["a", "b"]], lineterminator="\n")
w([["aXb", "c\nd"]], lineterminator="X")
w([["a'b", 'c"d']], quotechar="'")
w([["a", "b"]], quotechar=None, quoting=csv.QUOTE_NONE)
w([["\u00e9", "\u4e2d,\u6587"]])
w([range(3), (x * 2 for x in range(3)), "abc"])
w([1])
w([["a"], 5])

s = io.StringIO()
wr = csv.writer(s)
print(wr.writerow(["ab", "cd"]))
print(wr.writerows([["1"], ["2", "3"]]))
print(repr(s.getvalue()))
print(type(wr).__name__, wr.dialect.lineterminator == "\r\n")


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, x):
        self.parts.append(x)
        return len(x) * 10


c = Collect()
wr = csv.writer(c, dialect="excel-tab")
print(wr.writerow(["a", "b\tc"]))
print(c.parts)

for bad in (1, None, object()):
    try:
        csv.writer(bad)
    except Exception as e:
        print(type(e).__name__, e)

try:
    csv.writer()
except Exception as e:
    print(type(e).__name__, e)


class Bad:
    def __str__(self):
        raise ValueError("no str")


w([[Bad()]])
# round trip
data = [["x", "y,z", 'q"uote', "multi\nline", ""], ["1", "", " ", "\t", "end"]]
s = io.StringIO()
csv.writer(s).writerows(data)
print(list(csv.reader(io.StringIO(s.getvalue(), newline=""))) == data)
