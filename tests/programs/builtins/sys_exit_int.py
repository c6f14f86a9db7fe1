import sys

print("before")
sys.stderr.write("err before\n")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, repr(e), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    sys.exit(None)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit("msg")
except SystemExit as e:
    print("caught", e.code, str(e))
try:
    sys.exit(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print("exiting")
sys.exit(3)
print("not reached")
