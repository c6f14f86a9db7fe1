inventory = {}

def add_item(sku, name, qty, price, tags=()):
    if sku in inventory:
        inventory[sku]["qty"] += qty
    else:
        inventory[sku] = {"name": name, "qty": qty, "price": price, "tags": set(tags)}

def remove_item(sku, qty):
    item = inventory.get(sku)
    if item is None:
        raise LookupError(f"no such sku: {sku}")
    if item["qty"] < qty:
        raise ValueError(f"only {item['qty']} of {item['name']} left, cannot remove {qty}")
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[sku]

def report(title):
    print(f"== {title} ==")
    print(f"{'SKU':<8}{'Name':<16}{'Qty':>5}{'Price':>9}{'Value':>11}  Tags")
    total = 0
    for sku in sorted(inventory):
        it = inventory[sku]
        value = it["qty"] * it["price"]
        total += value
        print(f"{sku:<8}{it['name']:<16}{it['qty']:>5}{it['price']:>9.2f}{value:>11.2f}  {', '.join(sorted(it['tags']))}")
    print(f"{'':<29}{'TOTAL':>9}{total:>11.2f}")

add_item("A100", "widget", 10, 2.50, ["metal", "small"])
add_item("B200", "gadget", 3, 19.99, ["electronic"])
add_item("C300", "doohickey", 7, 5.25)
add_item("A100", "widget", 5, 2.50)
add_item("D400", "thingamajig", 1, 149.0, ("large", "metal"))
report("initial")
for sku, qty in [("A100", 4), ("B200", 3), ("Z999", 1), ("C300", 100), ("D400", 1)]:
    try:
        remove_item(sku, qty)
        print(f"removed {qty} x {sku}")
    except (LookupError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
report("after sales")
metal = [sku for sku, it in inventory.items() if "metal" in it["tags"]]
print("metal:", metal)
low = {sku: it["qty"] for sku, it in inventory.items() if it["qty"] < 8}
print("low stock:", low)
all_tags = set()
for it in inventory.values():
    all_tags |= it["tags"]
print(sorted(all_tags))
price_index = sorted([(it["price"], sku) for sku, it in inventory.items()], reverse=True)
print(price_index)
restock = dict.fromkeys(low, 20)
for sku, qty in restock.items():
    add_item(sku, None, qty, None)
report("restocked")
snapshot = {k: dict(v, tags=sorted(v["tags"])) for k, v in inventory.items()}
print(snapshot)
try:
    print(inventory["B200"])
except KeyError as e:
    print("KeyError", e, repr(e))
