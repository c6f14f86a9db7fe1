class_free = True

class_names = None

def make_bank():
    return {"accounts": {}, "log": [], "next_id": 1000}

def open_account(bank, owner, deposit=0):
    if deposit < 0:
        raise ValueError("initial deposit must be non-negative")
    acct_id = bank["next_id"]
    bank["next_id"] += 1
    bank["accounts"][acct_id] = {"owner": owner, "balance": deposit, "history": [("open", deposit)]}
    bank["log"].append(f"open {acct_id} for {owner} with {deposit}")
    return acct_id

class_InsufficientFunds = "InsufficientFunds"

def withdraw(bank, acct_id, amount):
    acct = bank["accounts"][acct_id]
    if amount <= 0:
        raise ValueError(f"invalid amount: {amount}")
    if acct["balance"] < amount:
        raise RuntimeError(f"insufficient funds in {acct_id}: balance {acct['balance']}, requested {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))
    return acct["balance"]

def deposit(bank, acct_id, amount):
    if amount <= 0:
        raise ValueError(f"invalid amount: {amount}")
    acct = bank["accounts"][acct_id]
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))
    return acct["balance"]

def transfer(bank, src, dst, amount):
    if dst not in bank["accounts"]:
        raise KeyError(dst)
    withdraw(bank, src, amount)
    try:
        deposit(bank, dst, amount)
    except Exception:
        deposit(bank, src, amount)
        raise
    bank["log"].append(f"transfer {amount} {src}->{dst}")

def apply_interest(bank, rate):
    for acct_id, acct in bank["accounts"].items():
        interest = round(acct["balance"] * rate, 2)
        if interest:
            acct["balance"] = round(acct["balance"] + interest, 2)
            acct["history"].append(("interest", interest))

bank = make_bank()
a = open_account(bank, "alice", 500)
b = open_account(bank, "bob")
c = open_account(bank, "carol", 1250.75)
ops = [
    ("deposit", b, 300), ("withdraw", a, 120), ("withdraw", b, 1000), ("transfer", a, c, 200),
    ("transfer", c, 9999, 5), ("deposit", a, -5), ("withdraw", 4242, 1), ("transfer", b, a, 300),
    ("withdraw", a, 0),
]
for op in ops:
    name, args = op[0], op[1:]
    fn = {"deposit": deposit, "withdraw": withdraw, "transfer": transfer}[name]
    try:
        result = fn(bank, *args)
        print(f"{name}{args} -> {result}")
    except KeyError as e:
        print(f"{name}{args} failed: unknown account {e}")
    except (ValueError, RuntimeError) as e:
        print(f"{name}{args} failed: {type(e).__name__}: {e}")
try:
    open_account(bank, "mallory", -1)
except ValueError as e:
    print("refused:", e)
apply_interest(bank, 0.015)
for acct_id, acct in sorted(bank["accounts"].items()):
    print(f"#{acct_id} {acct['owner']:<6} {acct['balance']:>10.2f}")
    for kind, amt in acct["history"]:
        print(f"      {kind:<9}{amt:>9}")
print("\n".join(bank["log"]))
total = sum([acct["balance"] for acct in bank["accounts"].values()])
print(f"total holdings: {total:,.2f}")
richest = max(bank["accounts"].items(), key=lambda kv: kv[1]["balance"])
print("richest:", richest[0], richest[1]["owner"])
