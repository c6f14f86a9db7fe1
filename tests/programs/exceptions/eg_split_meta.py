# What split() copies onto the parts: notes (copied list), cause, context, suppress.
eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])
eg.add_note("first")
eg.add_note("second")
eg.__cause__ = KeyError("cause")
eg.__context__ = IndexError("ctx")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__, m.__notes__ is r.__notes__)
m.add_note("only m")
print(eg.__notes__, m.__notes__, r.__notes__)
print(repr(m.__cause__), repr(r.__context__), m.__cause__ is eg.__cause__)
print(m.__suppress_context__, r.__suppress_context__)

plain = ExceptionGroup("p", [ValueError(1), TypeError(2)])
plain.__context__ = IndexError("c")
pm, pr = plain.split(TypeError)
print(plain.__suppress_context__, pm.__suppress_context__, repr(pm.__context__), pm.__cause__)
print(hasattr(pm, "__notes__"))

weird = ExceptionGroup("w", [ValueError(1), TypeError(2)])
weird.__notes__ = ("a", "b")
wm, wr = weird.split(ValueError)
print(wm.__notes__, type(wm.__notes__).__name__)
weird.__notes__ = 42
wm, wr = weird.split(ValueError)
print(hasattr(wm, "__notes__"))

try:
    raise ExceptionGroup("raised", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    m, r = e.split(ValueError)
    print(m.__traceback__ is not None, r.__traceback__ is not None)
    print(m.__traceback__.tb_lineno, r.__traceback__.tb_lineno)
