# Deeper than max_group_depth (10): "... (max_group_depth is 10)".
g = ExceptionGroup("level 0", [ValueError("deepest")])
for i in range(1, 13):
    g = ExceptionGroup(f"level {i}", [g, TypeError(i)])
print(g.message)
raise g
