# Raising inside except* clauses: bare re-raise, new exceptions, mixing.
def attempt(label, body):
    try:
        body()
    except BaseException as e:
        print(label, "->", repr(e))
        if isinstance(e, BaseExceptionGroup):
            print("   ctx:", repr(e.__context__), "| leaves ctx:", [repr(x.__context__) for x in e.exceptions])
    else:
        print(label, "-> no exception")

def reraise_one():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
attempt("reraise one", reraise_one)

def reraise_all():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise
attempt("reraise all", reraise_all)

def raise_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
attempt("raise new", raise_new)

def raise_new_only():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("only")
attempt("raise new only", raise_new_only)

def two_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("a")
    except* TypeError:
        raise OSError("b")
attempt("two new", two_new)

def naked_new():
    try:
        raise ValueError("x")
    except* ValueError:
        raise TypeError("y")
attempt("naked new", naked_new)

def naked_reraise():
    try:
        raise ValueError("x")
    except* ValueError:
        raise
attempt("naked reraise", naked_reraise)

def raise_from():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("k") from e
attempt("raise from", raise_from)

def raise_matched():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
attempt("raise matched", raise_matched)

def new_group():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("fresh", [IndexError(5)])
attempt("new group", new_group)

def except_eg():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
attempt("except* ExceptionGroup", except_eg)

def except_beg_tuple():
    try:
        raise ValueError(1)
    except* (TypeError, BaseExceptionGroup):
        pass
attempt("except* tuple with group", except_beg_tuple)

def except_not_class():
    try:
        raise ValueError(1)
    except* 42:
        pass
attempt("except* 42", except_not_class)

def except_not_class_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, "x"):
        pass
attempt("except* tuple with str", except_not_class_tuple)

def nested_star():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
    except* TypeError as e:
        print("  inner handled", repr(e))
attempt("nested except*", nested_star)

def handled_exc_info():
    import sys
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  exc_info:", repr(sys.exc_info()[1]))
    except* TypeError:
        print("  exc_info:", repr(sys.exc_info()[1]))
    print("  after:", sys.exc_info())
attempt("exc_info", handled_exc_info)
