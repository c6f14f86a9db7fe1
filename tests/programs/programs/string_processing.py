def is_anagram(a, b):
    clean = lambda s: sorted([c for c in s.lower() if c.isalpha()])
    return clean(a) == clean(b)

def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return list(groups.values())

print(is_anagram("Listen", "Silent"), is_anagram("Dormitory", "dirty room!"), is_anagram("abc", "abd"))
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))

def compress_spaces(s):
    out = []
    prev_space = False
    for ch in s:
        if ch == " ":
            if not prev_space:
                out.append(ch)
            prev_space = True
        else:
            out.append(ch)
            prev_space = False
    return "".join(out)

print(repr(compress_spaces("  too   many    spaces  ")))

def reverse_words(s):
    return " ".join(s.split()[::-1])

def pig_latin(word):
    vowels = "aeiou"
    if word[0].lower() in vowels:
        return word + "way"
    for i, ch in enumerate(word):
        if ch.lower() in vowels:
            return word[i:] + word[:i] + "ay"
    return word + "ay"

print(reverse_words("the sky is  blue"), [pig_latin(w) for w in "string apple rhythm Quiet".split()])

def count_vowels_consonants(s):
    v = c = 0
    for ch in s.lower():
        if ch in "aeiou":
            v += 1
        elif ch.isalpha():
            c += 1
    return v, c

print(count_vowels_consonants("Programming in Python is fun!"))

def first_unique(s):
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i, ch
    return -1, None

print(first_unique("leetcode"), first_unique("loveleetcode"), first_unique("aabb"))

def longest_unique_substring(s):
    start = best = 0
    best_s = ""
    last = {}
    for i, ch in enumerate(s):
        if ch in last and last[ch] >= start:
            start = last[ch] + 1
        last[ch] = i
        if i - start + 1 > best:
            best = i - start + 1
            best_s = s[start:i + 1]
    return best, best_s

for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf"]:
    print(repr(s), longest_unique_substring(s))

def valid_parens(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return f"mismatch at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"

for s in ["()[]{}", "([{}])", "(]", "((", "a(b[c]d)e", "}{"]:
    print(f"{s:10} {valid_parens(s)}")

def slugify(title):
    out = []
    for ch in title.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")

print([slugify(t) for t in ["Hello, World!", "  Python 3.11 -- What's New?  ", "ÀÉÎ ok"]])
print("%s has %d chars, %d unique" % ("mississippi", len("mississippi"), len(set("mississippi"))))
s = "The rain in Spain"
print(s[4:8], s[-5:], s[::-1], s[::3], s[100:], s[-100:3], s.upper().lower() == s.lower())
print(s.split("ai"), s.count("ai"), s.replace("ai", "AI", 1), s.index("Spain"), "ain" in s)
print(ord("A") + 1, chr(ord("a") + 25), [ord(c) - 96 for c in "abc"], "".join([chr(c) for c in range(65, 71)]))
