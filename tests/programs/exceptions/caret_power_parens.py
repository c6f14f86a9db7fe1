# Operator anchors with parenthesized operands and two-character operators.
x = 7
y = 0
print(x // 2, x ** 2)
z = (x + 1) // (y)
