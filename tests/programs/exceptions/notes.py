# add_note and __notes__ (3.11): printed after the message in the traceback.
e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__notes__[0])


def work():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while working")
        raise


work()
