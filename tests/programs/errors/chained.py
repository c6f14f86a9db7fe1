def parse(s):
    try:
        int(s)
    except ValueError:
        raise RuntimeError("could not parse " + s)


parse("x1")
