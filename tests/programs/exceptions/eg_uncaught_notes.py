# Notes on groups and members, multi-line messages and notes inside boxes.
a = ValueError("first line\nsecond line")
a.add_note("note on a")
a.add_note("multi\nline note")
b = TypeError()
b.add_note("b's note")
g = ExceptionGroup("group\nmessage", [a, b])
g.add_note("group note")
g.__notes__.append("appended")
print(g.__notes__)
raise g
