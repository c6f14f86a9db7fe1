# Regular expressions: compiled searches, findall, sub with templates and functions,
# split, backreferences and lazy/greedy repeats over generated text.
import re

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']


def make_text(n):
    parts = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        parts.append('%s%d %s@%s.com (%d, %d) ' % (w, i, w, WORDS[(i * 3) % 8], i % 97, i * 7 % 1000))
        if i % 5 == 0:
            parts.append('\n')
    return ''.join(parts)


def work():
    text = make_text(1500)
    check = 0
    email = re.compile(r'(?P<user>\w+)@(?P<host>\w+)\.com')
    num = re.compile(r'\d+')
    pair = re.compile(r'\((\d+), (\d+)\)')
    for _ in range(9):
        check += len(email.findall(text))
        check += sum(int(x) for x in num.findall(text)) % 100003
        for m in pair.finditer(text):
            check += int(m.group(1)) + int(m.group(2))
        check += len(email.sub(r'\g<host>:\g<user>', text))
        check += len(pair.sub(lambda m: str(int(m.group(1)) * 2), text))
        check += len(re.split(r'\s+', text))
        check += len(re.findall(r'(?m)^\w+', text))
        check += len(re.findall(r'\b(\w)\w*\1\b', text))
        check += len(re.findall(r'e.*?a', text))
        check += len(re.findall(r'(?i)ALPHA|GAMMA|THETA', text))
    lines = text.split('\n')
    for line in lines:
        m = email.search(line)
        if m:
            check += m.end() - m.start()
        if re.match(r'\s*alpha', line):
            check += 1
    return check


print(work())
