books = {}
members = {}
loans = []
events = []

def log(msg):
    events.append(msg)
    print("  log:", msg)

def add_book(isbn, title, author, copies=1):
    if isbn in books:
        books[isbn]["copies"] += copies
    else:
        books[isbn] = {"title": title, "author": author, "copies": copies, "out": 0}
    log(f"added {copies} x {title!r}")

def join(member_id, name, limit=2):
    if member_id in members:
        raise ValueError(f"member {member_id} already exists")
    members[member_id] = {"name": name, "limit": limit, "books": []}
    log(f"member {member_id}: {name}")

def checkout(member_id, isbn, day):
    m = members.get(member_id)
    if m is None:
        raise LookupError(f"no member {member_id}")
    b = books.get(isbn)
    if b is None:
        raise LookupError(f"no book {isbn}")
    if len(m["books"]) >= m["limit"]:
        raise PermissionError(f"{m['name']} reached the limit of {m['limit']}")
    if b["out"] >= b["copies"]:
        raise RuntimeError(f"all copies of {b['title']!r} are out")
    b["out"] += 1
    m["books"].append(isbn)
    loans.append({"member": member_id, "isbn": isbn, "day": day, "returned": None})
    log(f"{m['name']} borrowed {b['title']!r} on day {day}")

def return_book(member_id, isbn, day):
    for loan in loans:
        if loan["member"] == member_id and loan["isbn"] == isbn and loan["returned"] is None:
            loan["returned"] = day
            members[member_id]["books"].remove(isbn)
            books[isbn]["out"] -= 1
            late = max(0, day - loan["day"] - 14)
            fee = late * 0.25
            log(f"returned {isbn} after {day - loan['day']} days, fee ${fee:.2f}")
            return fee
    raise LookupError(f"{member_id} has no open loan of {isbn}")

add_book("111", "Dune", "Herbert", 2)
add_book("222", "Emma", "Austen")
add_book("333", "Ulysses", "Joyce")
add_book("111", "Dune", "Herbert")
join(1, "Ann")
join(2, "Ben", limit=1)
try:
    join(1, "Dup")
except ValueError as e:
    print("error:", e)
actions = [
    (checkout, 1, "111", 1), (checkout, 1, "222", 2), (checkout, 1, "333", 3),
    (checkout, 2, "222", 3), (checkout, 2, "111", 4), (checkout, 2, "333", 5),
    (checkout, 3, "111", 5), (checkout, 2, "999", 5),
    (return_book, 1, "111", 30), (return_book, 1, "111", 31), (return_book, 2, "111", 10),
    (checkout, 2, "333", 11),
]
fees = 0
for fn, *args in actions:
    try:
        r = fn(*args)
        if r:
            fees += r
    except (LookupError, PermissionError, RuntimeError) as e:
        print(f"{fn.__name__}{tuple(args)} -> {type(e).__name__}: {e}")
print(f"fees collected: {fees:.2f}")
for isbn, b in sorted(books.items()):
    print(f"{isbn} {b['title']:<8} by {b['author']:<8} {b['out']}/{b['copies']} out")
for mid, m in members.items():
    print(mid, m["name"], [books[i]["title"] for i in m["books"]])
open_loans = [l for l in loans if l["returned"] is None]
print(len(loans), "loans,", len(open_loans), "open")
print(sorted({books[l["isbn"]]["author"] for l in loans}))
print(len(events), events[-1])
