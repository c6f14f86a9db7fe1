class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for it in items:
            self.append(it)
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1
    def __len__(self):
        return self._len
    def __iter__(self):
        return LLIter(self.head)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("linked list index out of range")
        cur = self.head
        for _ in range(i):
            cur = cur.next
        return cur.value
    def __setitem__(self, i, v):
        cur = self.head
        for _ in range(i):
            cur = cur.next
        cur.value = v
    def __contains__(self, v):
        print("contains called")
        return any([x == v for x in self])
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(x) for x in list(self)) + "])" if False else "LinkedList(" + repr(list(self)) + ")"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __reversed__(self):
        return iter(list(self)[::-1])

class LLIter:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[1:3], list(reversed(ll)))
print(4 in ll, 9 in ll)
ll[0] = 30
print(list(ll), sum(ll), sorted(ll), max(ll), min(ll))
print([x * 2 for x in ll], dict(enumerate(ll)))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(ll == LinkedList([30, 1, 4, 1, 5]), ll == [30], bool(LinkedList()), bool(ll))
a, b, *rest = ll
print(a, b, rest)
it = iter(ll)
print(next(it), next(it), list(it), next(it, "end"))
print(list(zip(ll, "abc")), list(map(str, ll)))
