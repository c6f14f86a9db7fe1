def recursive():
    yield next(me)

me = recursive()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(next(me, "finished"))

def sender():
    yield gen2.send(None)
gen2 = sender()
try:
    next(gen2)
except ValueError as e:
    print(type(e).__name__, e)

def closer():
    yield gen3.close()
gen3 = closer()
try:
    next(gen3)
except ValueError as e:
    print(type(e).__name__, e)

def thrower():
    yield gen4.throw(KeyError)
gen4 = thrower()
try:
    next(gen4)
except ValueError as e:
    print(type(e).__name__, e)

def status():
    yield gs.gi_running, gs.gi_suspended
gs = status()
print(gs.gi_running, gs.gi_suspended)
print(next(gs))
print(gs.gi_running, gs.gi_suspended)

def outer():
    yield from inner()
def inner():
    yield o.gi_running, o.gi_yieldfrom is None
o = outer()
print(next(o))
print(type(o.gi_yieldfrom).__name__)

async def coro_self():
    await c
c = coro_self()
try:
    c.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
