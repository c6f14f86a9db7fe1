class Pause:
    def __await__(self):
        return (yield "paused")

async def guarded(log):
    try:
        while True:
            try:
                v = await Pause()
                log.append(("value", v))
            except ValueError as e:
                log.append(("handled", str(e)))
    finally:
        log.append("finally")

log = []
c = guarded(log)
print(c.send(None))
print(c.send(1))
print(c.throw(ValueError("bad")))
print(c.cr_suspended, c.cr_running)
c.close()
print(log, c.cr_frame, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def ignorer():
    while True:
        try:
            await Pause()
        except GeneratorExit:
            print("coroutine ignoring exit")
            await Pause()
            return
ig = ignorer()
ig.send(None)
try:
    ig.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    ig.send(None)
except StopIteration:
    print("finished after ignore")

async def layered():
    return await middle_layer()
async def middle_layer():
    try:
        return await Pause()
    except KeyError as e:
        return "middle handled " + repr(e)
l = layered()
print(l.send(None))
print(type(l.cr_await).__name__)
try:
    l.throw(KeyError("deep"))
except StopIteration as e:
    print(e.value)

async def boom():
    await Pause()
    raise OSError("io failed")
b = boom()
b.send(None)
try:
    b.send(None)
except OSError as e:
    print(type(e).__name__, e)

un = guarded([])
try:
    un.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted", e)
print(un.cr_frame)
