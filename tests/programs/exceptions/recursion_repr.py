# Deeply nested containers: repr raises RecursionError instead of crashing.
x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("repr:", e)
d = {}
for i in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("str:", e)
y = [1, [2, [3, [4]]]]
print(repr(y))
