def lcs(a, b):
    m, n = len(a), len(b)
    t = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            t[i + 1][j + 1] = t[i][j] + 1 if a[i] == b[j] else max(t[i][j + 1], t[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def edit_ops(a, b):
    m, n = len(a), len(b)
    d = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        d[i][0] = i
    for j in range(n + 1):
        d[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    ops = []
    i, j = m, n
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                ops.append(f"sub {a[i-1]!r}->{b[j-1]!r}@{i-1}")
            i -= 1; j -= 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            ops.append(f"del {a[i-1]!r}@{i-1}")
            i -= 1
        else:
            ops.append(f"ins {b[j-1]!r}@{i}")
            j -= 1
    return ops[::-1]

pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("abc", ""),
         ("intention", "execution"), ("ABCBDAB", "BDCABA"), ("same", "same"), ("héllo", "hello")]
for a, b in pairs:
    print(f"{a!r:>12} {b!r:<12} lcs={lcs(a, b)!r:<8} dist={edit_distance(a, b)} ops={edit_ops(a, b)}")

def longest_common_substring(a, b):
    best = (0, 0)
    table = {}
    for i in range(len(a)):
        for j in range(len(b)):
            if a[i] == b[j]:
                table[i, j] = table.get((i - 1, j - 1), 0) + 1
                if table[i, j] > best[0]:
                    best = (table[i, j], i + 1)
    return a[best[1] - best[0]:best[1]]

print(longest_common_substring("xabxac", "abcabxabcd"))
print(longest_common_substring("zxabcdezy", "yzabcdezx"))

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        l, r = center // 2, center // 2 + center % 2
        while l >= 0 and r < len(s) and s[l] == s[r]:
            l -= 1; r += 1
        if r - l - 1 > len(best):
            best = s[l + 1:r]
    return best

for s in ["A man, a plan, a canal: Panama", "race a car", "", "babad", "cbbd", "forgeeksskeegfor"]:
    print(repr(s), is_palindrome(s), repr(longest_palindrome(s)))
