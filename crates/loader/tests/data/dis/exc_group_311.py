def handler(f):
    try:
        f()
    except* TypeError as e:
        print("type", e)
    except* (ValueError, KeyError):
        print("value")
    finally:
        print("done")


async def agroup(f):
    try:
        await f()
    except* ValueError:
        pass
