# raise ... from None hides the context; __suppress_context__ is set.
def convert(s):
    try:
        return float(s)
    except ValueError:
        raise TypeError("not a number: " + repr(s)) from None


try:
    convert("x")
except TypeError as e:
    print(e, e.__suppress_context__, e.__cause__, type(e.__context__).__name__)
convert("y")
