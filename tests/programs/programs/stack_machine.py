def run(program, trace=False):
    stack = []
    pc = 0
    labels = {}
    lines = [l.split("#")[0].strip() for l in program.strip().splitlines()]
    code = []
    for l in lines:
        if not l:
            continue
        if l.endswith(":"):
            labels[l[:-1]] = len(code)
        else:
            op, *arg = l.split()
            code.append((op.upper(), arg[0] if arg else None))
    env = {}
    output = []
    steps = 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if steps > 10000:
            raise RuntimeError("step limit exceeded")
        if op == "PUSH":
            stack.append(int(arg))
        elif op == "LOAD":
            stack.append(env[arg])
        elif op == "STORE":
            env[arg] = stack.pop()
        elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
            b, a = stack.pop(), stack.pop()
            if op == "ADD":
                stack.append(a + b)
            elif op == "SUB":
                stack.append(a - b)
            elif op == "MUL":
                stack.append(a * b)
            elif op == "DIV":
                stack.append(a // b)
            elif op == "MOD":
                stack.append(a % b)
            elif op == "LT":
                stack.append(int(a < b))
            else:
                stack.append(int(a == b))
        elif op == "JMP":
            pc = labels[arg]
        elif op == "JZ":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "PRINT":
            output.append(stack.pop())
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "HALT":
            break
        else:
            raise ValueError(f"unknown op {op!r} at {pc - 1}")
        if trace:
            print(f"{pc - 1:3} {op:<6}{arg or '':<6} {stack}")
    return output, env, steps

factorial = """
    push 1
    store acc
    push 6
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
"""
print(run(factorial))
fizz = """
    push 1
    store i
top:
    load i
    push 16
    lt
    jz end
    load i
    push 15
    mod
    jz fb
    load i
    print
    jmp next
fb:
    push -15
    print
next:
    load i
    push 1
    add
    store i
    jmp top
end:
    halt
"""
out, env, steps = run(fizz)
print(out, env, steps)
print(run("push 2\npush 3\nadd\ndup\nmul\nprint", trace=True))
for bad in ["push 1\npush 0\ndiv", "pop", "load x", "loop:\njmp loop", "add", "jmp nowhere"]:
    try:
        print(run(bad))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except (KeyError, IndexError, ValueError, RuntimeError) as e:
        print(f"{type(e).__name__}: {e}")
