# Sales report with f-string alignment, number formats, nested format specs.
sales = [
    ("North", "Widgets", 1234.5, 17),
    ("South", "Gadgets", 98765.4321, 3),
    ("East", "Gizmos", 0.456, 1200),
    ("West", "Widgets", -250.0, 0),
    ("North", "Doohickeys", 1e6, 42),
]
width = 12
print(f"{'Region':<{width}}|{'Product':^{width}}|{'Revenue':>14}|{'Units':>6}|{'Share':>7}")
print(f"{'':-<{width}}+{'':-^{width}}+{'':->14}+{'':->6}+{'':->7}")
total = sum(r for _, _, r, _ in sales)
for region, product, revenue, units in sales:
    share = revenue / total
    print(f"{region:<{width}}|{product:^{width}.8}|{revenue:>14,.2f}|{units:>6d}|{share:>7.2%}")
print(f"{'Total':<{width}}|{'':^{width}}|{total:>14,.2f}|{sum(u for *_, u in sales):>6}|{1:>7.1%}")
print()
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:08b} {n:_b} {n:,}")
print(f"{-n:+} {n:+} {n: } {-n: } {n:=+8} {n:*^9} {-3.5:08.2f} {3.5:+.0f} {2.5:.0f}")
x = 1234567.891
print(f"{x:e} {x:.3E} {x:g} {x:.3g} {x:,.1f} {x:_.2f} {x:15.4f}| {x:<15.1f}|")
print(f"{0.000012345:g} {1e16:g} {123456789.0:g} {1.0:g} {0.1:.20f} {1/3:.15g}")
print(f"{float('inf'):>6} {float('-inf'):<7}| {float('nan'):^7}| {1e300*1e10:+}")
name, pi = "weft", 3.14159265
print(f"{name!r:>10} {name!s:.2} {name!a} {'ünï':!<6} {pi=:.3f} {len(name)=}")
print(f"{{literal}} {{{name}}} {name.upper()[::-1]} {'nested ' + f'{pi:.1f}'}")
items = {"apple": 0.5, "banana": 0.25, "cherry": 3}
for k, v in items.items():
    print(f"  {k.capitalize():.<15}{v:>8.3f}  {'*' * int(v * 4)}")
print(f"{12:5}|{'ab':5}|{12.0:5}|{True:5}|{None!s:5}|{True!r:>6}|")
print(f"{3+4j}  {complex(1.5, -2):.2f}  {-0.0}  {1e-5}  {1e16}  {123e-20}")
print(f"{1234:>+10,}|{0.5:^10.1%}|{-1234.5678:=12,.2f}|{42:c}|{0x1F600:c}")
print(f"{'left':<8}{'mid':^8}{'right':>8}|", f"{7:03}", f"{-7:03}", f"{7.0:06.2f}")
big = 2 ** 100
print(f"{big:,} {big:e} {big:x} {-big // 3:_}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{pi:<{width}.{prec + 2}}|{'x':{'^'}{width}}|")
print(f"{'multi'}"
      f"{'line':>6}"
      " plain")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        s = f"${self.cents / 100:,.2f}"
        return f"{s:{spec}}" if spec else s

    def __str__(self):
        return "Money"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(123456789)
print(f"[{m}] [{m:>20}] [{m!s}] [{m!r}] {format(m, '<16')}|")
print(format(3.14159, ".2f"), format(42, "x"), format("hi", "^6"), format(1e-3), repr(format(5, "")))
print(f"{12345.678:n}", f"{0:.0e}", f"{9.999:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{2.675:.2f}")
print(f"{m:%d}")
