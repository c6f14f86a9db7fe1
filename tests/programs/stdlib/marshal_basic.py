# marshal: dumps/loads round trips, CPython's bytes for simple values, errors.
import marshal
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


values = [None, True, False, 0, 1, -1, 255, 1000, -70000, 2**31 - 1, -2**31, 2**31, 2**40, -2**70, 10**30,
          0.0, 1.5, -2.25, float("inf"), 1j, 2 - 3.5j, "", "abc", "a b", "héllo", "€" * 3, "x" * 300,
          b"", b"ab\x00", (), (1, 2), ("a", ("b", None)), [1, [2, 3]], {"a": 1, "b": [2]}, {1, 2, 3},
          frozenset({4, 5}), Ellipsis, StopIteration]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v)[:40], back == v or v != v, type(back).__name__)
print(marshal.version)
print(marshal.dumps(1), marshal.dumps(1000), marshal.dumps("abc"), marshal.dumps("a b"))
print(marshal.dumps(2**40), marshal.dumps(1.5), marshal.dumps(1j), marshal.dumps(b"ab"))
print(marshal.dumps("é"), marshal.dumps(True), marshal.dumps(None), marshal.dumps(()))
print(marshal.dumps(1, 2), marshal.dumps("abc", 2), marshal.dumps((1,), 3))
print(marshal.loads(b"\xe9\x01\x00\x00\x00"), marshal.loads(b"i\x01\x00\x00\x00extra"))
print(marshal.loads(b"[\x02\x00\x00\x00\xda\x01xr\x00\x00\x00\x00"))
print(marshal.loads(bytearray(b"N")))

show(lambda: marshal.loads(b""))
show(lambda: marshal.loads(b"i\x01"))
show(lambda: marshal.loads(b"?"))
show(lambda: marshal.loads(b"0"))
show(lambda: marshal.loads(b"[\x02\x00\x00\x00i"))
show(lambda: marshal.loads(b"r\x05\x00\x00\x00"))
show(lambda: marshal.loads(b"z\x05ab"))
show(lambda: marshal.loads("abc"))
show(lambda: marshal.dumps(object()))
show(lambda: marshal.dumps([1, print]))
show(lambda: marshal.dumps({1: object()}))
show(lambda: marshal.dumps())
show(lambda: marshal.loads())


def f(a, b=2):
    return a + b * 3


code = marshal.loads(marshal.dumps(f.__code__))
print(type(code).__name__, code.co_name, code.co_varnames, code.co_consts)
print(eval(code.replace(co_name="g") if False else compile("1+2", "<s>", "eval")))
ns = {}
exec(marshal.loads(marshal.dumps(compile("def h(a, b=2):\n    return a + b * 3", "<h>", "exec"))), ns)
print(ns["h"](1), ns["h"](1, 10))
src = compile("x = [i * i for i in range(5)]\nprint(x, sum(x))", "<mod>", "exec")
exec(marshal.loads(marshal.dumps(src)))

buf = io.BytesIO()
marshal.dump([1, "two"], buf)
marshal.dump({"three": 3.0}, buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
show(lambda: marshal.load(buf))
