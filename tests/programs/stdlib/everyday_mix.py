import collections, itertools, functools, operator, heapq, bisect, math, random, string, json, struct, enum, typing, copy, fractions, decimal, textwrap, contextlib, abc, weakref, io, os, tempfile
c = collections.Counter("abracadabra")
print(c.most_common(3), sorted(c.elements())[:5])
d = collections.OrderedDict(a=1, b=2); d.move_to_end("a"); print(d)
Point = collections.namedtuple("Point", "x y")
p = Point(1, 2); print(p, p._asdict(), p._replace(x=5), Point._make([3, 4]))
dq = collections.deque([1,2,3], maxlen=3); dq.append(4); print(dq)
print(list(itertools.accumulate([1,2,3,4], operator.mul)))
print(functools.reduce(operator.add, range(10)))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), round(random.gauss(0, 1), 6))
print(json.dumps({"a": [1, 2.5, None, True], "b": "x\u00e9"}, sort_keys=True, indent=2))
print(json.loads('{"x": [1, 2, {"y": null}]}'))
print(struct.pack("<iHd", 1, 2, 3.5), struct.unpack(">I", b"\x00\x00\x01\x00"))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), list(Color), Color.RED.name, Color["GREEN"].value)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(7))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction("0.125"))
print(decimal.Decimal("1.1") + decimal.Decimal("2.2"), decimal.Decimal(1) / decimal.Decimal(7))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("   a\n   b"))
with contextlib.suppress(KeyError):
    {}["x"]
print(string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
print(string.capwords("hello world"), string.ascii_letters[:5])
x = [1, [2, 3]]; y = copy.deepcopy(x); y[1].append(4); print(x, y)
T = typing.TypeVar("T")
def f(a: typing.List[int]) -> typing.Optional[str]: return None
print(typing.get_type_hints(f), typing.Optional[int], typing.Union[int, str])
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "f.txt")
with open(path, "w") as fh:
    fh.write("line1\nline2\n")
with open(path) as fh:
    print(fh.readlines())
os.remove(path); os.rmdir(tmp)
buf = io.StringIO(); print("hi", file=buf); print(repr(buf.getvalue()))
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), bisect.bisect_left([1, 2, 4], 3))
print(math.comb(10, 3), math.isqrt(99), math.gcd(12, 18), f"{math.pi:.5f}")
