def poly_str(p):
    terms = []
    for power in range(len(p) - 1, -1, -1):
        c = p[power]
        if c == 0:
            continue
        sign = "-" if c < 0 else "+"
        c = abs(c)
        if power == 0:
            body = f"{c}"
        elif power == 1:
            body = ("" if c == 1 else f"{c}") + "x"
        else:
            body = ("" if c == 1 else f"{c}") + f"x^{power}"
        terms.append((sign, body))
    if not terms:
        return "0"
    first_sign, first = terms[0]
    s = ("-" if first_sign == "-" else "") + first
    for sign, body in terms[1:]:
        s += f" {sign} {body}"
    return s

def trim(p):
    p = list(p)
    while len(p) > 1 and p[-1] == 0:
        p.pop()
    return p

def add(p, q):
    n = max(len(p), len(q))
    return trim([(p[i] if i < len(p) else 0) + (q[i] if i < len(q) else 0) for i in range(n)])

def mul(p, q):
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    return trim(out)

def evaluate(p, x):
    result = 0
    for c in reversed(p):
        result = result * x + c
    return result

def derive(p):
    return trim([i * p[i] for i in range(1, len(p))]) or [0]

def divide(p, q):
    if q == [0]:
        raise ZeroDivisionError("polynomial division by zero")
    p = list(p)
    out = [0] * max(1, len(p) - len(q) + 1)
    while len(p) >= len(q) and p != [0]:
        shift = len(p) - len(q)
        factor = p[-1] / q[-1]
        if factor == int(factor):
            factor = int(factor)
        out[shift] = factor
        p = add(p, mul([0] * shift + [-factor], q)) if shift else add(p, [-factor * c for c in q])
        if len(p) > len(q) + shift - 1 and p[-1] == 0:
            p = trim(p)
        if len(p) - len(q) >= shift and shift == 0:
            break
    return trim(out), p

def newton(p, x0, steps=20):
    d = derive(p)
    x = x0
    for i in range(steps):
        fx = evaluate(p, x)
        dfx = evaluate(d, x)
        if dfx == 0:
            raise ZeroDivisionError(f"zero derivative at x={x}")
        nx = x - fx / dfx
        if abs(nx - x) < 1e-12:
            return nx, i
        x = nx
    return x, steps

p = [-6, 11, -6, 1]
q = [1, 1]
print("p =", poly_str(p))
print("q =", poly_str(q))
print("p+q =", poly_str(add(p, q)))
print("p*q =", poly_str(mul(p, q)))
print("p' =", poly_str(derive(p)), "p'' =", poly_str(derive(derive(p))))
print([evaluate(p, x) for x in range(5)])
print(divide(p, [-1, 1]))
print(divide([1, 0, 1], [1, 1]))
for x0 in [0, 1.6, 2.4, 10]:
    root, it = newton(p, x0)
    print(f"newton from {x0}: root={root:.10f} after {it} iterations")
try:
    newton([1, 0, 1], 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(poly_str([0]), poly_str([0, -1]), poly_str([5, 0, -1, 0, 2]), poly_str([0, 0, 1]))
sq = [1]
for k in range(6):
    print(k, poly_str(sq))
    sq = mul(sq, [1, 1])
