def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%()^,":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens

FUNCS = {"abs": abs, "max": max, "min": min, "round": round}

def parse(src, env):
    tokens = tokenize(src)
    pos = 0

    def peek():
        return tokens[pos]

    def advance():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def expect(value):
        tok = advance()
        if tok[1] != value:
            raise SyntaxError(f"expected {value!r}, got {tok[1]!r}")

    def expr():
        left = term()
        while peek()[1] in ("+", "-"):
            op = advance()[1]
            right = term()
            left = left + right if op == "+" else left - right
        return left

    def term():
        left = unary()
        while peek()[1] in ("*", "/", "%"):
            op = advance()[1]
            right = unary()
            if op == "*":
                left *= right
            elif op == "/":
                left /= right
            else:
                left %= right
        return left

    def unary():
        if peek()[1] == "-":
            advance()
            return -unary()
        if peek()[1] == "+":
            advance()
            return +unary()
        return power()

    def power():
        base = atom()
        if peek()[1] in ("**", "^"):
            advance()
            return base ** unary()
        return base

    def atom():
        kind, val = advance()
        if kind == "num":
            return val
        if kind == "name":
            if peek()[1] == "(":
                advance()
                args = [expr()]
                while peek()[1] == ",":
                    advance()
                    args.append(expr())
                expect(")")
                return FUNCS[val](*args)
            return env[val]
        if val == "(":
            v = expr()
            expect(")")
            return v
        raise SyntaxError(f"unexpected token {val!r}")

    result = expr()
    if peek()[0] != "end":
        raise SyntaxError(f"trailing input at token {pos}: {peek()[1]!r}")
    return result

env = {"x": 3, "y": 4.5, "big": 10**20}
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 3",
         "x * x + y", "max(1, x, 2) + min(7, 8)", "abs(-5) * round(2.567, 2)", "big * big + 1",
         "1.5 + .5", "((((7))))", "2 ^ 10", "1 / 0", "undefined + 1", "3 +", "4 $ 4",
         "(1 + 2", "1 2", "-(-(-x))", "7 % 0", "0.1 + 0.2", "2 ** -1", "nope(1)"]
for t in tests:
    try:
        print(f"{t!r:32} = {parse(t, env)!r}")
    except ZeroDivisionError as e:
        print(f"{t!r:32} ! ZeroDivisionError: {e}")
    except KeyError as e:
        print(f"{t!r:32} ! unknown name {e}")
    except SyntaxError as e:
        print(f"{t!r:32} ! SyntaxError: {e}")
print(tokenize("a_1 + 2.5*(b)"))
