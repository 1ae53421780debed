# A formatted sales report using f-strings, str.format and %-formatting side by side.
sales = [
    ("North", "Widgets", 1520, 3.75),
    ("North", "Gadgets", 310, 12.5),
    ("South", "Widgets", 980, 3.75),
    ("South", "Gizmos", 45, 99.99),
    ("East", "Gadgets", 1200, 12.0),
    ("West", "Widgets", 0, 3.75),
    ("West", "Gizmos", 7, 105.5),
]
header = f"{'Region':<8}|{'Product':^10}|{'Units':>7}|{'Price':>8}|{'Total':>11}"
print(header)
print("-" * len(header))
grand = 0
for region, product, units, price in sales:
    total = units * price
    grand += total
    print(f"{region:<8}|{product:^10}|{units:>7,}|{price:>8.2f}|{total:>11,.2f}")
print("=" * len(header))
print("{:<8}|{:^10}|{:>7}|{:>8}|{:>11,.2f}".format("TOTAL", "", sum(s[2] for s in sales), "", grand))
print()
by_region = {}
for region, _, units, price in sales:
    by_region[region] = by_region.get(region, 0) + units * price
for region, total in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = total / grand
    bar = "#" * int(share * 40)
    print("%-6s %12.2f %6.1f%% %s" % (region, total, share * 100, bar))
print()
print("{0:>4} {1:>10} {2:>10} {3:>12}".format("n", "n^2", "2^n", "sqrt(n)"))
for n in (1, 2, 5, 10, 20, 40):
    print("%4d %10d %10.3e %12.6f" % (n, n * n, 2 ** n, n ** 0.5))
print(f"{'centered':=^30}")
print(f"{grand=:,.3f} {len(sales)=} {max(sales, key=lambda s: s[2])[1]!r:>12}")
print("%(region)s sold %(units)05d units" % {"region": "North", "units": 42})
print("{:+.2%} {:e} {:g} {:#x} {:#o} {:08.3f}".format(0.12345, 1234.5, 0.00001234, 255, 8, -3.14159))
