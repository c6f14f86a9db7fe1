import sys

print(sys.argv[1:], sys.maxsize, sys.getrecursionlimit(), sys.version_info[:2])
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
sys.stderr.write("err written\n")
sys.setrecursionlimit(50)


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError:
    print("limit works")
sys.setrecursionlimit(1000)
print("bye", end="!\n", flush=True)
sys.exit()
