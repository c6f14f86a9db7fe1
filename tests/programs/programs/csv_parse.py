data = """name,dept,salary,start
Alice,Engineering,120000,2015-03-01
Bob,Engineering,95000,2018-07-15
Carol,Sales,70000,2012-01-20
Dan,Sales,,2020-11-02
Eve,Marketing,82000.50,2019-05-30
Frank,Engineering,not_a_number,2021-02-14
Grace,Marketing,91000,2016-09-09
"""

def parse(text):
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    rows = []
    errors = []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = line.split(",")
        if len(fields) != len(header):
            errors.append((lineno, "wrong field count"))
            continue
        row = dict(zip(header, fields))
        try:
            row["salary"] = float(row["salary"]) if "." in row["salary"] else int(row["salary"])
        except ValueError as e:
            errors.append((lineno, str(e)))
            row["salary"] = None
        y, m, d = map(int, row["start"].split("-"))
        row["start"] = (y, m, d)
        rows.append(row)
    return header, rows, errors

header, rows, errors = parse(data)
print(header)
for r in rows:
    print(r)
print("errors:")
for lineno, msg in errors:
    print(f"  line {lineno}: {msg}")
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
print(f"{'dept':<12}|{'n':>3}|{'total':>12}|{'avg':>12}|{'max':>10}")
print("-" * 53)
for dept in sorted(by_dept):
    sal = [r["salary"] for r in by_dept[dept] if r["salary"] is not None]
    avg = sum(sal) / len(sal) if sal else 0
    print(f"{dept:<12}|{len(by_dept[dept]):>3}|{sum(sal):>12,.2f}|{avg:>12.2f}|{max(sal, default=0):>10}")
oldest = min(rows, key=lambda r: r["start"])
print("longest serving:", oldest["name"], "%04d/%02d/%02d" % oldest["start"])
print(sorted([r["name"] for r in rows], key=lambda n: n[::-1]))

def quote_split(line):
    out, cur, inq = [], "", False
    i = 0
    while i < len(line):
        ch = line[i]
        if inq:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur += '"'
                    i += 1
                else:
                    inq = False
            else:
                cur += ch
        elif ch == '"':
            inq = True
        elif ch == ",":
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if inq:
        raise ValueError(f"unterminated quote in {line!r}")
    out.append(cur)
    return out

for line in ['a,b,c', '"hello, world",2,3', '"say ""hi""",x', ',,', '"open,1']:
    try:
        print(quote_split(line))
    except ValueError as e:
        print("ValueError:", e)

def to_csv(rows, cols):
    out = [",".join(cols)]
    for r in rows:
        vals = []
        for c in cols:
            v = r[c]
            s = "" if v is None else str(v)
            if "," in s or '"' in s:
                s = '"' + s.replace('"', '""') + '"'
            vals.append(s)
        out.append(",".join(vals))
    return "\n".join(out)
print(to_csv(rows[:3] + [{"name": 'O"Neil, Jr', "salary": None}], ["name", "salary"]))
