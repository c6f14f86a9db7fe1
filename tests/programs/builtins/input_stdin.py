# conform: stdin "first line\nsecond\n\nlast without newline"
import sys

a = input()
print(repr(a))
b = input("prompt> ")
print(repr(b))
c = input("")
print(repr(c))
d = input(5)
print(repr(d))
try:
    input()
except EOFError as e:
    print("EOFError", e)
try:
    input("again: ")
except Exception as e:
    print(type(e).__name__, e)
try:
    input("a", "b")
except Exception as e:
    print(type(e).__name__, e)
try:
    input(prompt="x")
except Exception as e:
    print(type(e).__name__, e)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
