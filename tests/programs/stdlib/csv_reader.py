# csv.reader over io.StringIO and lists: quoting, escapes, newlines, line_num.
import csv
import io


def rows(data, **kw):
    try:
        r = csv.reader(io.StringIO(data, newline="") if isinstance(data, str) else data, **kw)
        out = []
        for row in r:
            out.append(row)
        print(repr(out), r.line_num)
    except Exception as e:
        print(type(e).__name__, e)


rows("a,b,c\r\n1,2,3\r\n")
rows("a,b,c\n1,2,3\n")
rows("a,b,c")
rows("")
rows("\n\n")
rows('"a,b",c\r\n')
rows('"a""b",c\r\n')
rows('"a\nb",c\r\nd,e\r\n')
rows('"a\r\nb",c\r\n')
rows('a,"b')
rows('a,"b', strict=True)
rows('"a"b,c')
rows('"a"b,c', strict=True)
rows("a,b\rc,d\r")
rows("a;b;c", delimiter=";")
rows("a\tb\tc", delimiter="\t")
rows("a, b,  c", skipinitialspace=True)
rows("a, b,  c")
rows("a\\,b,c", escapechar="\\")
rows('"a\\"b",c', escapechar="\\")
rows('"a\\"b",c', escapechar="\\", doublequote=False)
rows("a\\\nb,c\n", escapechar="\\")
rows("a\\", escapechar="\\")
rows("'a,b',c", quotechar="'")
rows('"a,b",c', quoting=csv.QUOTE_NONE)
rows('1,2.5,"x",-3', quoting=csv.QUOTE_NONNUMERIC)
rows("1,abc", quoting=csv.QUOTE_NONNUMERIC)
rows(['a,b', 'c,"d', 'e",f'])
rows(['a,b\n', 'c,d\n'])
rows(['a,b\r\n', '\r\n', 'c,d'])
rows(["x\0y,z"])
rows(["a,b", b"c,d"])
rows([1])
rows(5)
rows("a,b,", )
rows(",,")
rows('"",""')
rows('"  a  ",b')
rows("ab\u00e9,\u4e2d\u6587")
rows('"a"  ,b')

r = csv.reader(["a,b", "c,d"])
print(type(r).__name__, iter(r) is r)
print(next(r), r.line_num)
print(r.dialect.delimiter, r.dialect.quotechar, r.dialect.quoting)
print(next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print("stop", r.line_num)

old = csv.field_size_limit(5)
print(old)
rows("abcde,f")
rows("abcdef,g")
print(csv.field_size_limit(old))
print(csv.field_size_limit())
