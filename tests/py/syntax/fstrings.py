# f-strings: expressions, conversions, format specs, nesting, '=' debugging.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{n} {n!r} {name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}|{n: }")
print(f"{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:.3g} {pi:%}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {255:08b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0xdeadbeef:_x}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:*^{width}}]")
print(f"{n=}", f"{name=}", f"{pi=:.2f}", f"{n + 1 = }", f"{items[1]=}")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested ' + f'{n:03}'}")
print(f"{items} {items[0]} {len(items)} {[x * 2 for x in items]}")
d = {'a': 1, 'b': 2}
print(f"{d['a']} {d}")
print(f"{'yes' if n > 40 else 'no'}")
print(F"upper F {n}", rf"raw {name}\n", fr"{n}\t")
print(f"""triple {
    n * 2
}""")
print(f"{3.0:g} {1e20:g} {0.00001:g} {1.5:.0f} {2.5:.0f} {-0.0:.1f}")
print(f"{'abc':.2} {'x':3}| {'x':>3}")
print(f"{True} {None} {True:d} {3:c}" if False else f"{True} {None} {True:d}")
