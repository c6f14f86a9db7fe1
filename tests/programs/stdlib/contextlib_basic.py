import contextlib
from contextlib import contextmanager, suppress, closing, ExitStack, redirect_stdout, nullcontext, AbstractContextManager
import io

@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print("exit", name)

with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise ValueError("boom")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("outer KeyError", e)

with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")

class Res:
    def close(self):
        print("closed")
with closing(Res()):
    print("using")

with ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    st.enter_context(tag("x"))
    print("body")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with nullcontext(5) as v:
    print("null", v)

@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("CM exit", a[0])
with CM() as c:
    print(type(c).__name__)
print(issubclass(type(open.__class__), object))

@tag("deco")
def decorated():
    print("in decorated")
decorated()

with ExitStack() as st:
    def handler(*exc):
        print("handler", exc[0].__name__)
        return True
    st.push(handler)
    raise IndexError
print("after stack")
cm = contextlib.chdir if hasattr(contextlib, 'chdir') else None
print(cm is not None)
