import datetime, pathlib, argparse, logging, traceback, sys, collections.abc, itertools, functools, statistics, pickle, operator
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1), datetime.datetime(2020, 1, 2, 3, 4, 5).isoformat())
print(datetime.datetime.strptime("2021-03-04", "%Y-%m-%d").strftime("%A %d %B %Y"))
p = pathlib.PurePosixPath("/a/b/c.tar.gz"); print(p.suffixes, p.stem, p.parent, p.name)
parser = argparse.ArgumentParser(prog="x")
parser.add_argument("--n", type=int, default=3)
parser.add_argument("files", nargs="*")
print(parser.parse_args(["--n", "5", "a", "b"]))
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
logging.getLogger("app").info("hello %s", "world")
try:
    raise KeyError("missing")
except KeyError:
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(ValueError("bad")))
print(isinstance([], collections.abc.Sequence), issubclass(dict, collections.abc.Mapping))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]))
data = pickle.dumps({"a": [1, 2, (3, 4)], "b": {1, 2}})
print(pickle.loads(data))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations(range(3), 2))[:3])
print(sorted([("b", 2), ("a", 1)], key=operator.itemgetter(1)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2))
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
print(show(1), show("a"))
