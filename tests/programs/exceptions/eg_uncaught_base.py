# An uncaught BaseExceptionGroup (with SystemExit inside: still exit code 1).
print("start")
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), SystemExit(5)])
except* SystemExit as e:
    print("caught", repr(e))
    raise
