import math
# hypot/dist/fsum over many pseudo-random vectors (a fixed LCG, no random module)
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64
acc = []
for n in range(3000):
    k = 2 + n % 5
    v = [(rnd() - 0.5) * 10 ** int(rnd() * 12 - 6) for _ in range(k)]
    acc.append(math.hypot(*v))
    acc.append(math.dist(v, v[::-1]))
    acc.append(math.fsum(v * 3 + [1e16, -1e16]))
    acc.append(math.prod(v))
print(len(acc))
for j in range(0, len(acc), 97):
    print(acc[j])
h = 0
for x in acc:
    h = (h * 31 + hash(x)) % 2**61
print(h)
print(math.hypot(*[1e-310] * 7), math.hypot(*[3e300] * 5), math.hypot(1e-320, 3e-320))
