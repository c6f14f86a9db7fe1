# AttributeError on a method call; markers under the attribute access.
items = [3, 1, 2]
items.sort()
print(items)
n = len(items) + items.count(1) + items.size
