class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = [int(p) for p in s.split("-")]
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"
    def __eq__(self, o):
        return (self.y, self.m, self.d) == (o.y, o.m, o.d)
    def __lt__(self, o):
        return (self.y, self.m, self.d) < (o.y, o.m, o.d)
    __hash__ = None
class Holiday(Date):
    def __init__(self, y, m, d, name="?"):
        super().__init__(y, m, d)
        self.name = name
print(Date.from_string("2024-02-29"), Date.epoch(), Holiday.from_string("2023-12-25"), Holiday.epoch())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(sorted([Date(2020, 5, 1), Date(2019, 1, 1), Date.epoch()]), Date.epoch() == Date(1970, 1, 1))
try:
    hash(Date.epoch())
except TypeError as e:
    print("TypeError", e)
try:
    Date.from_string("bad")
except ValueError as e:
    print("ValueError", e)
print(type(Holiday.from_string("2000-01-01")).__name__, Holiday.from_string.__self__ is Holiday)
