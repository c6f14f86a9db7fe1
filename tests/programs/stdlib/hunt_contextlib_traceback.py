# __exit__ receives the exception's traceback; contextmanager keeps it on re-raise
import contextlib, traceback
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('tb arg', tb is not None, tb.tb_lineno if tb else None)
        return False
try:
    with CM(): 1/0
except ZeroDivisionError as e: print('zde', e.__traceback__ is not None)
@contextlib.contextmanager
def gen_cm():
    try: yield
    except Exception as e: print('gen saw', repr(e)); raise
try:
    with gen_cm(): 1/0
except ZeroDivisionError as e:
    print('kept', e.__traceback__ is not None)
class Supp:
    def __enter__(self): return self
    def __exit__(self, *exc):
        print([type(x).__name__ for x in exc])
        return True
with Supp(): raise KeyError(1)
with Supp(): pass
import asyncio
class ACM:
    async def __aenter__(self): return self
    async def __aexit__(self, t, v, tb):
        print('async tb', tb is not None); return True
async def main():
    async with ACM(): raise ValueError
asyncio.run(main())
