import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, width=30, initial_indent='> ', subsequent_indent='  '))
print(textwrap.shorten("Hello  world, this is a test", width=15), textwrap.shorten("Hi", 10), textwrap.shorten("a b c d e f g", 9, placeholder='..'))
print(repr(textwrap.dedent("""
    def f():
        pass
      x
""")))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("  a\n  \n  b")))
print(textwrap.indent("a\nb\n\nc", '+ '), textwrap.indent("a\n\nb", '> ', lambda l: True))
w = textwrap.TextWrapper(width=10, break_long_words=False, max_lines=2, placeholder=' ~')
print(w.wrap("supercalifragilistic word word word word"))
print(textwrap.wrap("a\tb\tc", 8, expand_tabs=True, tabsize=4), textwrap.wrap("hyphen-ated-words-here long", 8), textwrap.wrap("", 5), textwrap.wrap("x"*25, 10))
print(textwrap.wrap("one. two", 20, fix_sentence_endings=True), textwrap.wrap("  lead  space ", 6, drop_whitespace=False))
try: textwrap.wrap("abc", 0)
except ValueError as e: print(e)
try: textwrap.shorten("abc def", 2, placeholder=' [...]')
except ValueError as e: print(e)
print(textwrap.fill("Ünïcödé wörds are hére too", 10))
