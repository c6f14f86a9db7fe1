import traceback
import sys


def add(a, b):
    return a + b


def index(seq, i):
    return seq[i]


def nested_index(d):
    return d["outer"]["inner"]


def call_attr(obj):
    return obj.missing_method()


def divide(x, y):
    result = x / y
    return result


def deep(n):
    if n == 0:
        return {}["key"]
    return deep(n - 1)


def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e


def context():
    try:
        [][5]
    except IndexError:
        raise KeyError("during handling")


def multiline_call():
    return add(
        1,
        "two",
    )


def power(a, b):
    return a ** b - a // b


def compare(a):
    return a < 1 < None


def method_call():
    s = "abc"
    return s.upper().missing


def call_none():
    f = None
    return f(1, 2)


CASES = [
    ("add", lambda: add(1, "x")),
    ("index", lambda: index([1, 2, 3], 10)),
    ("nested_index", lambda: nested_index({"outer": {}})),
    ("call_attr", lambda: call_attr(object())),
    ("divide", lambda: divide(1, 0)),
    ("deep", lambda: deep(3)),
    ("chained", chained),
    ("context", context),
    ("multiline_call", multiline_call),
    ("power", lambda: power(2, 0)),
    ("compare", lambda: compare(0)),
    ("method_call", method_call),
    ("call_none", call_none),
]

for name, fn in CASES:
    print("==", name)
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)

print("== format_exc")
try:
    add([], 1)
except TypeError:
    text = traceback.format_exc()
print(text)

print("== print_exception")
try:
    index({}, "k")
except KeyError as e:
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, limit=1, file=sys.stdout)
    print("".join(traceback.format_exception_only(type(e), e)), end="")

print("== format_tb / extract_tb")
try:
    deep(1)
except KeyError as e:
    for line in traceback.format_tb(e.__traceback__):
        print(line, end="")
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, repr(fs.line))

print("== stderr")
try:
    divide(5, 0)
except ZeroDivisionError:
    traceback.print_exc()

print("== TracebackException")
try:
    chained()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()))

print("== non-ASCII source")


def unicode_op():
    héllo = 1
    return héllo + "é"


try:
    unicode_op()
except TypeError:
    traceback.print_exc(file=sys.stdout)
unicode_op()
