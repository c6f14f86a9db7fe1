# Calls, recursion, loops, closures and default arguments.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def make_adder(k):
    def add(x, y=1):
        return x + y + k

    return add


total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print(total, fib(20))
add = make_adder(10)
print(add(1), add(1, 2), add(x=5, y=5))
n = 0
while n < 5:
    n += 1
else:
    print("done", n)
