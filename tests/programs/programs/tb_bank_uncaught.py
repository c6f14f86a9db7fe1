accounts = {"alice": 100, "bob": 50}

def withdraw(name, amount):
    balance = accounts[name]
    if amount > balance:
        raise ValueError(f"insufficient funds: {name} has {balance}, needs {amount}")
    accounts[name] = balance - amount
    return accounts[name]

def transfer(src, dst, amount):
    withdraw(src, amount)
    accounts[dst] = accounts.get(dst, 0) + amount
    print(f"moved {amount} from {src} to {dst}: {accounts}")

def run_batch(batch):
    for src, dst, amount in batch:
        try:
            transfer(src, dst, amount)
        except KeyError as e:
            print("unknown account", e)

run_batch([("alice", "bob", 30), ("carol", "bob", 5), ("bob", "dave", 60)])
run_batch([("dave", "alice", 100)])
