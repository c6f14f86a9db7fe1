import sys

print("line one")
print("line two", end="")
sys.stderr.write("stderr text\n")
def fail(n):
    raise ValueError("bad value " + str(n))
print(max([3, 1]))
fail(5)
