DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS_IN_MONTH[m - 1]

def validate(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError(f"month must be in 1..12, got {m}")
    if not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"day is out of range for month: {y:04d}-{m:02d}-{d:02d}")

def to_ordinal(y, m, d):
    validate(y, m, d)
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days + d

def from_ordinal(n):
    y = 1
    while True:
        ylen = 366 if is_leap(y) else 365
        if n > ylen:
            n -= ylen
            y += 1
            if n > 146097 * 2:
                q = (n - 1) // 146097 - 1
                y += q * 400
                n -= q * 146097
        else:
            break
    m = 1
    while n > days_in_month(y, m):
        n -= days_in_month(y, m)
        m += 1
    return y, m, n

def weekday(y, m, d):
    return (to_ordinal(y, m, d) - 1) % 7

def add_days(date, k):
    return from_ordinal(to_ordinal(*date) + k)

def fmt(date):
    y, m, d = date
    return f"{WEEKDAYS[weekday(y, m, d)][:3]} {d:2d} {MONTHS[m - 1]} {y}"

for date in [(2000, 1, 1), (2024, 2, 29), (1970, 1, 1), (1999, 12, 31), (2023, 7, 4)]:
    print(date, fmt(date), to_ordinal(*date))
print([y for y in range(1896, 1920) if is_leap(y)])
start = (2024, 1, 28)
for k in [0, 1, 2, 30, 31, 365, 366, -1, -28, 1000]:
    print(f"{fmt(start)} + {k:>5} days = {fmt(add_days(start, k))}")
for a, b in [((2024, 1, 1), (2024, 12, 25)), ((1969, 7, 20), (2000, 1, 1))]:
    print(f"days between {a} and {b}: {to_ordinal(*b) - to_ordinal(*a)}")
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        to_ordinal(*bad)
    except ValueError as e:
        print("ValueError:", e)

def calendar(y, m):
    print(f"{MONTHS[m - 1]} {y}".center(20))
    print("Mo Tu We Th Fr Sa Su")
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))

calendar(2024, 2)
calendar(2023, 10)

def parse_time(s):
    h, m, *rest = s.split(":")
    sec = int(rest[0]) if rest else 0
    return int(h) * 3600 + int(m) * 60 + sec

def fmt_duration(secs):
    sign = "-" if secs < 0 else ""
    secs = abs(secs)
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return f"{sign}{h:02d}:{m:02d}:{s:02d}"

for a, b in [("09:15", "17:45:30"), ("23:59:59", "00:00:01"), ("12:00", "12:00")]:
    d = parse_time(b) - parse_time(a)
    print(a, b, fmt_duration(d), fmt_duration(d % 86400))
