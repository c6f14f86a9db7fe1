import reprlib, keyword
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(20)}))
print(reprlib.repr(set(range(20))), reprlib.repr((1, 2, 3, 4, 5, 6, 7)), reprlib.repr([[[[[1]]]]]))
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr(12345678901234567890 ** 3))
class X:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"X({self.items!r})"
x = X(); x.items = [x]
print(repr(x))
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
