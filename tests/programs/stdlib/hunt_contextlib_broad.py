import contextlib, io, sys
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, redirect_stderr, closing, nullcontext, AbstractContextManager, ContextDecorator, chdir
@contextmanager
def cm(name):
    print('enter', name)
    try:
        yield name.upper()
    except ValueError as e:
        print('caught', e)
    finally:
        print('exit', name)
with cm('a') as v: print(v)
with cm('b'): raise ValueError('x')
try:
    with cm('c'): raise KeyError('k')
except KeyError as e: print('outer', repr(e))
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e: print(e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
with suppress(ZeroDivisionError, KeyError): 1/0
print('after suppress')
try:
    with suppress(KeyError): 1/0
except ZeroDivisionError as e: print('not suppressed', e)
buf = io.StringIO()
with redirect_stdout(buf): print('hidden'); print('x', file=sys.stdout)
print(repr(buf.getvalue()))
eb = io.StringIO()
with redirect_stderr(eb): print('err', file=sys.stderr)
print(repr(eb.getvalue()))
class Res:
    def close(self): print('closed')
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as n: print(n)
with ExitStack() as st:
    for i in range(3):
        st.enter_context(cm(str(i)))
    st.callback(print, 'cb', 1)
    st.push(lambda *a: print('push', a[0]) )
print('---')
with ExitStack() as st:
    st.callback(print, 'later')
    st2 = st.pop_all()
print('popped'); st2.close()
def raiser(*a): raise RuntimeError('in exit')
try:
    with ExitStack() as st:
        st.push(raiser)
        raise ValueError('orig')
except RuntimeError as e: print(repr(e), repr(e.__context__))
class CD(ContextDecorator):
    def __enter__(self): print('cd in'); return self
    def __exit__(self, *e): print('cd out', e[0]); return False
@CD()
def decorated(x): print('body', x); return x*2
print(decorated(3))
@cm('deco')
def d2(): print('d2 body')
d2()
class ACM(AbstractContextManager):
    def __exit__(self, *a): return None
with ACM() as a: print(type(a).__name__)
print(isinstance(open.__class__, type), issubclass(Res, AbstractContextManager))
import asyncio
@contextlib.asynccontextmanager
async def acm(x):
    print('aenter'); yield x; print('aexit')
async def main():
    async with acm(7) as v: print('in', v)
    async with contextlib.AsyncExitStack() as s:
        v = await s.enter_async_context(acm(8)); print(v)
        s.push_async_callback(asyncio.sleep, 0)
    async with contextlib.aclosing(agen()) as g:
        async for x in g: print('ag', x)
async def agen():
    yield 1; yield 2
asyncio.run(main())
try:
    with ExitStack() as st: st.enter_context(5)
except TypeError as e: print(e)
with cm('gen') as v:
    pass
g = cm('x'); print(type(g).__name__)
try:
    with open('/nonexistent/x') as f: pass
except FileNotFoundError as e: print(e.errno, e.strerror, e.filename, e)
with contextlib.suppress(): print('empty suppress')
