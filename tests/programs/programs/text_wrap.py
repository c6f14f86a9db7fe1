def wrap(text, width):
    lines = []
    cur = []
    cur_len = 0
    for word in text.split():
        if cur and cur_len + 1 + len(word) > width:
            lines.append(cur)
            cur, cur_len = [], 0
        if cur:
            cur_len += 1
        cur.append(word)
        cur_len += len(word)
    if cur:
        lines.append(cur)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    each, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (each + (1 if i < extra else 0))
    return out + words[-1]

text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
        "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.")
for width in [20, 32, 45]:
    print("+" + "-" * width + "+")
    lines = wrap(text, width)
    for i, words in enumerate(lines):
        body = justify(words, width) if i < len(lines) - 1 else " ".join(words).ljust(width)
        print("|" + body + "|")
    print("+" + "-" * width + "+")
    for words in lines[:3]:
        s = " ".join(words)
        print(f"[{s:^{width}}]", f"[{s:>{width}}]", sep="")
    print()

def center_box(lines, pad=2, ch="*"):
    w = max(map(len, lines)) + pad * 2
    out = [ch * (w + 2)]
    for l in lines:
        out.append(ch + l.center(w) + ch)
    out.append(ch * (w + 2))
    return "\n".join(out)

print(center_box(["Hello", "World of text", "!"]))
print(center_box(["x"], pad=0, ch="#"))
print("abc".center(10, "-"), "abc".ljust(7, "."), "abc".rjust(7, "~"), "42".zfill(6), "-42".zfill(6))
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("a\tb\tc".expandtabs(4), "|".join("one two  three".split(" ")), "one two  three".split())
print("line1\nline2\r\nline3".splitlines(), "line1\nline2\n".splitlines(True))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
indent = "\n".join(["    " + l for l in "def f():\nreturn 1".splitlines()])
print(indent)
