# An exception raised while handling another: both tracebacks and the context line.
def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}["missing:" + text]


print(parse("12"))
print(parse("abc"))
