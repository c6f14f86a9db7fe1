# SystemExit with no argument, None, an int, caught and inspected.
import sys
for args in [(), (None,), (3,), ("msg",), (1, 2)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(args, repr(e.code), e.args)
try:
    sys.exit(4)
except SystemExit as e:
    print("sys.exit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit()", e.code)
print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))
sys.exit(7)
