# An inventory system with dicts of dicts, validation, and reporting.
inventory = {}
log = []
def add_item(sku, name, qty, price, tags=()):
    if sku in inventory:
        raise KeyError(f"duplicate sku {sku}")
    inventory[sku] = {"name": name, "qty": qty, "price": price, "tags": set(tags)}
    log.append(("add", sku, qty))
def restock(sku, qty):
    inventory[sku]["qty"] += qty
    log.append(("restock", sku, qty))
def sell(sku, qty):
    item = inventory[sku]
    if item["qty"] < qty:
        raise ValueError(f"only {item['qty']} {item['name']} left, cannot sell {qty}")
    item["qty"] -= qty
    log.append(("sell", sku, qty))
    return round(qty * item["price"], 2)
add_item("A1", "apple", 50, 0.4, ["fruit", "fresh"])
add_item("B2", "bread", 10, 2.5, ["bakery"])
add_item("C3", "cheese", 5, 7.25, ["dairy", "fresh"])
add_item("D4", "dates", 0, 5.0, ["fruit", "dried"])
revenue = 0
for sku, qty in [("A1", 12), ("B2", 3), ("C3", 6), ("Z9", 1), ("D4", 1), ("C3", 5), ("B2", 7)]:
    try:
        amount = sell(sku, qty)
        revenue += amount
        print(f"sold {qty} x {inventory[sku]['name']} for {amount}")
    except KeyError as e:
        print("unknown sku", e)
    except ValueError as e:
        print("cannot sell:", e)
try:
    add_item("A1", "avocado", 1, 1)
except KeyError as e:
    print("KeyError:", e)
restock("D4", 20)
print("revenue", round(revenue, 2))
for sku, item in sorted(inventory.items(), key=lambda kv: kv[1]["qty"]):
    status = "OUT" if item["qty"] == 0 else "low" if item["qty"] < 5 else "ok"
    print(f"{sku} {item['name']:<8} {item['qty']:>3} {status:<3} {', '.join(sorted(item['tags']))}")
by_tag = {}
for sku, item in inventory.items():
    for tag in item["tags"]:
        by_tag.setdefault(tag, []).append(sku)
print({tag: sorted(skus) for tag, skus in sorted(by_tag.items())})
print(log)
value = sum(i["qty"] * i["price"] for i in inventory.values())
print(f"stock value {value:.2f}")
