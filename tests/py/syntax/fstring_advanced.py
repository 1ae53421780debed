# More f-string corner cases.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x},{self.y}>"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.x}/{self.y}"
        return format(str(self), spec)
p = P(1, "a")
print(f"{p} {p!r} {p!s} {p:short} {p:>12}|")
vals = [3.5, -2.25, 1000.0]
for v in vals:
    print(f"|{v:8.2f}|{v:<8}|{v:+.1e}|{v:08.1f}|")
print(f"{'left':<8}|{'right':>8}|{'center':^8}|")
print(f"{12:=+6}", f"{-12:=6}", f"{12:x<6}")
x = 10
print(f"{x:{'>' if x > 5 else '<'}{x}}|")
print(f"{x!r:>5}|{'s'!r:>5}|")
print(f"{(lambda a: a * 2)(21)}")
print(f"{x:,d} {1e6:,.0f} {12345.6789:_.2f}")
print(f"{3 % 2} {'%d' % 5} {x and 'yes'}")
print(f"{x=!r:>6}", f"{'a' 'b'=}")
print(f"{0.1 + 0.2=}")
