# Dumps, for many code objects, the raw tables and what this CPython derives from them.
# Run by tests/tables.rs as `python3.X tables_dump.py N_SAMPLE`; one block per code object:
#   C <R|F> <co_firstlineno> <len(co_code)> <co_linetable hex|-> <co_exceptiontable hex|->
#   L <start end line>...              list(co.co_lines())
#   P <line endline col endcol>...     list(co.co_positions())        (3.11+)
#   S <offset line>...                 list(dis.findlinestarts(co))
#   X <start end target depth lasti>... dis._parse_exception_table(co) (3.11+)
# None is written N. R blocks come from compiled source, F blocks from synthesized tables.
import dis
import os
import random
import sys
import sysconfig

V = sys.version_info[:2]
out = sys.stdout
n = lambda x: "N" if x is None else str(x)


def emit(co, kind="R"):
    exc = co.co_exceptiontable.hex() if V >= (3, 11) else ""
    out.write("C %s %d %d %s %s\n" % (kind, co.co_firstlineno, len(co.co_code),
                                       co.co_linetable.hex() or "-", exc or "-"))
    out.write("L " + " ".join("%d %d %s" % (s, e, n(l)) for s, e, l in co.co_lines()) + "\n")
    if V >= (3, 11):
        out.write("P " + " ".join(" ".join(map(n, p)) for p in co.co_positions()) + "\n")
    out.write("S " + " ".join("%d %s" % (o, n(l)) for o, l in dis.findlinestarts(co)) + "\n")
    if V >= (3, 11):
        out.write("X " + " ".join("%d %d %d %d %d" % (e.start, e.end, e.target, e.depth, e.lasti)
                                  for e in dis._parse_exception_table(co)) + "\n")


def walk(co):
    emit(co)
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            walk(c)


SNIPPETS = [
    "x = 1\n",
    "",
    "pass\n",
    "def f(a, b=2, *c, d, **e):\n    return a + b\n",
    "def g():\n    try:\n        a()\n    except (ValueError, TypeError) as e:\n        b(e)\n"
    "    except Exception:\n        pass\n    else:\n        c()\n    finally:\n        d()\n",
    "def h(x):\n    with open(x) as f, open(x) as g:\n        with f:\n            try:\n"
    "                return [y for y in f if y]\n            finally:\n                g.close()\n",
    "async def co(x):\n    async with x as y:\n        async for z in y:\n            await z\n"
    "    return [a async for a in x]\n",
    "def gen():\n    x = yield 1\n    yield from range(x)\n    return {k: v for k, v in x}\n",
    "x = (1 +\n     2 +\n     3)\n",
    "f(\n  a,\n  b,\n)(\n c)\n",
    "for i in range(10):\n    if i:\n        continue\n    else:\n        break\nelse:\n    pass\n",
    "while x:\n    x -= 1\n",
    "@dec\n@dec2(\n  1)\nclass C(B, metaclass=M):\n    a: int = 1\n    def m(self):\n        return super().m()\n",
    "match p:\n    case [1, 2, *r]:\n        pass\n    case {'a': b, **kw}:\n        pass\n"
    "    case Point(x=0, y=yy) if yy > 0:\n        pass\n    case _:\n        pass\n",
    "lambda x: (lambda y: x + y)\n",
    "s = f'''{a!r:>{w}}\n{b}\n'''\n",
    "x = [\n  i * j\n  for i in range(3)\n  for j in range(i)\n  if j\n]\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n" if V >= (3, 11) else "pass\n",
    "def deep():\n" + "".join("    " * (i + 1) + "try:\n" for i in range(10))
    + "    " * 11 + "pass\n"
    + "".join("    " * (i + 1) + "finally:\n" + "    " * (i + 2) + "x%d()\n" % i for i in reversed(range(10))),
    "def cols():\n    return " + " + ".join("a%d" % i for i in range(150)) + "\n",
    "x = " + " " * 300 + "foo(" + " " * 200 + "bar.baz)\n",
    "def back():\n    x = (\n        a\n        if b else\n        c\n    )\n    return (\n        y)(\n    z)\n",
    "\n" * 70000 + "def far():\n    return 1\n\n\n" + "\n" * 3000 + "x = 2\n",
    "def big():\n" + "".join("    v%d = f(v%d, %d)\n    if v%d:\n        g()\n" % (i, i - 1, i, i) for i in range(1500)),
    "def jumps():\n    for i in x:\n" + "".join("        if i == %d:\n            continue\n" % i for i in range(400)),
    "x = {\n" + "".join("  %d: '%s',\n" % (i, "s" * (i % 50)) for i in range(600)) + "}\n",
    "def mixed():\n    a = 1; b = 2\n    c = (a,\n b)\n    return c\n",
    "class A:\n    def __init__(self):\n        self.x = [i for i in range(3)]\n    x = property(lambda s: 1)\n",
    "assert x, (\n    'msg')\ndel a, b[1], c.d\nglobal g\nimport os.path as p\nfrom . import (a,\n  b)\n",
    "raise ValueError(\n  1) from None\n",
]


def sources():
    for i, s in enumerate(SNIPPETS):
        yield "<snippet %d>" % i, s
    std = sysconfig.get_paths()["stdlib"]
    files = []
    for root, dirs, names in os.walk(std):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
        files.extend(os.path.join(root, nm) for nm in sorted(names) if nm.endswith(".py"))
    top = [f for f in files if os.path.dirname(f) == std]
    rest = [f for f in files if os.path.dirname(f) != std]
    k = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    pick = top + [rest[i * len(rest) // k] for i in range(min(k, len(rest)))]
    for p in pick:
        with open(p, "rb") as fh:
            yield p, fh.read()


def sv(v):  # signed location varint
    u = (-v << 1) | 1 if v < 0 else v << 1
    return uv(u)


def uv(u):
    b = []
    while u >= 64:
        b.append(64 | (u & 63))
        u >>= 6
    b.append(u)
    return b


def fuzz_table(rng):
    if V == (3, 10):
        t = []
        for _ in range(rng.randrange(0, 40)):
            t += [rng.choice([0, 0, 1, 2, 6, 8, 255, rng.randrange(256)]),
                  rng.choice([0, 1, -1, 2, 127, -128, -128, rng.randrange(-127, 128)]) & 255]
        if t:
            t += [rng.randrange(1, 256), rng.randrange(256)]
        return bytes(t)
    t = []
    for i in range(rng.randrange(0, 40)):
        code = rng.randrange(16)
        first = 0x80 | code << 3 | rng.randrange(8)
        if i == 0 and rng.random() < 0.1:
            first &= 0x7F  # an unmarked first entry
        t.append(first)
        wild = rng.random() < 0.1  # data bytes with the top bit set
        if code < 10:
            t.append(rng.randrange(256 if wild else 128))
        elif code < 13:
            t += [rng.randrange(256 if wild else 128), rng.randrange(256 if wild else 128)]
        elif code == 13:
            t += sv(rng.randrange(-300, 300))
        elif code == 14:
            t += sv(rng.randrange(-300, 300)) + uv(rng.randrange(0, 40)) + uv(rng.randrange(0, 5000)) + uv(rng.randrange(0, 5000))
    if rng.random() < 0.2:
        # A run of bytes with bit 6 set (varint continuations, some entry starts): CPython's
        # line scan reads one varint across it from every start. Ends in 0x80s so that
        # co_positions' reads stay within the table (and its NUL terminator).
        run = [rng.choice([0x40, 0x68, 0xE8, 0xF0, 0xFF, 0xC0 | rng.randrange(64), 0x40 | rng.randrange(64)])
               for _ in range(rng.randrange(1, 80))]
        at = rng.randrange(len(t) + 1)
        t[at:at] = run + [0x80] * 8
        t += [0x80] * 8
    return bytes(t)


count = 0
for name, src in sources():
    try:
        co = compile(src, name, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        continue
    walk(co)

rng = random.Random(1234)
base = compile("def f(): pass", "fuzz", "exec").co_consts[0]
for i in range(2000):
    kw = {"co_linetable": fuzz_table(rng), "co_firstlineno": rng.choice([1, 5, 1000, 100000])}
    if V >= (3, 11):
        kw["co_exceptiontable"] = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 30)))
    try:
        co = base.replace(**kw)
    except Exception:
        continue
    emit(co, "F")
