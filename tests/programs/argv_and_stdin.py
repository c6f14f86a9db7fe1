# conform: args first "second arg"
# conform: stdin "line one\nline two\n"
import sys

print(sys.argv[1:])
for line in sys.stdin:
    print(line.rstrip("\n").upper())
