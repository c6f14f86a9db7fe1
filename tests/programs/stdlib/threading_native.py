import _thread, atexit
n0 = atexit._ncallbacks()
l = _thread.allocate_lock()
print(type(l).__name__, l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
for a, k in [((), {'blocking': False, 'timeout': 1}), ((), {'timeout': -2})]:
    try: l.acquire(*a, **k)
    except Exception as e: print(type(e).__name__, e)
try: l.release()
except Exception as e: print(type(e).__name__, e)
with l:
    print("in with", l.locked())
print(l.locked(), repr(l).split(" object")[0])
r = _thread.RLock()
try: r.release()
except Exception as e: print(type(e).__name__, e)
r.acquire(); r.acquire()
print(r._recursion_count(), r._is_owned(), repr(r).split(" owner")[0])
print(r._release_save()[0], r._is_owned())
with r:
    print("rlock with", r._recursion_count())
print(_thread.get_ident() == _thread.get_ident(), _thread._count(), _thread.stack_size())
try: _thread.stack_size(100)
except Exception as e: print(type(e).__name__, e)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, _thread.LockType is type(l))
loc = _thread._local()
loc.x = 3
print(loc.x, type(loc).__module__, type(loc).__name__)
try: _thread._local(1)
except Exception as e: print(type(e).__name__, e)
class L(_thread._local):
    def __init__(self, v): self.v = v
print(L(5).v)
out = []
def work(a, b=0):
    out.append((a, b, _thread.get_ident() != main))
main = _thread.get_ident()
try: _thread.start_new_thread(work, [1])
except TypeError as e: print(e)
try: _thread.start_new_thread(1, ())
except TypeError as e: print(e)
def bye(*a, **k): print("bye", a, k)
atexit.register(bye, 1, x=2)
atexit.register(print, "second registered, first run")
f = atexit.register(lambda: print("unregistered"))
atexit.unregister(f)
print(atexit._ncallbacks() - n0)
