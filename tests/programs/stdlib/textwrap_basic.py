import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, 30))
print(textwrap.shorten("Hello  world, this is a test", width=15))
print(repr(textwrap.dedent("    a\n      b\n    c")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
w = textwrap.TextWrapper(width=12, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print(w.wrap("supercalifragilistic word here"))
print(textwrap.wrap("a\tb", 10, expand_tabs=True, tabsize=4))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
