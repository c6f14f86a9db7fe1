import sys

def check_args(argv):
    if len(argv) < 5:
        print(f"usage: {argv[0]} a b c d", file=sys.stderr)
        return 2
    return 0

code = check_args(sys.argv)
print("check returned", code)
try:
    sys.exit(code)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    raise SystemExit("custom message")
except SystemExit as e:
    print("args:", e.args)
def cleanup_then_exit():
    try:
        sys.exit(3)
    finally:
        print("finally runs before exit")
cleanup_then_exit()
print("never")
