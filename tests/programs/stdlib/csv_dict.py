# csv.DictReader / csv.DictWriter over io.StringIO.
import csv
import io

data = "name,age,city\r\nann,31,paris\r\nbob,25\r\ncid,40,rome,extra,more\r\n"
r = csv.DictReader(io.StringIO(data, newline=""))
print(r.fieldnames)
for row in r:
    print(row)
print(r.line_num)

r = csv.DictReader(io.StringIO(data, newline=""), restkey="rest", restval="?")
for row in r:
    print(row)

r = csv.DictReader(io.StringIO("1;2\n3;4\n"), fieldnames=["a", "b"], delimiter=";")
print(list(r))
r = csv.DictReader(io.StringIO("a,b\n\n1,2\n\n"))
print(list(r))
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, list(r))

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=["x", "y"])
w.writeheader()
w.writerow({"x": 1, "y": "a,b"})
w.writerow({"x": 2})
w.writerows([{"y": 3}, {"x": None, "y": ""}])
print(repr(s.getvalue()))
try:
    w.writerow({"x": 1, "z": 2})
except Exception as e:
    print(type(e).__name__, e)
w = csv.DictWriter(s, fieldnames=["x"], extrasaction="ignore", restval="R")
print(w.writerow({"x": 5, "z": 1}))
try:
    csv.DictWriter(s, ["x"], extrasaction="bad")
except Exception as e:
    print(type(e).__name__, e)
s = io.StringIO()
w = csv.DictWriter(s, ["a", "b"], quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writeheader()
w.writerow({"a": 1, "b": 2})
print(repr(s.getvalue()))
print(list(csv.DictReader(io.StringIO(s.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
