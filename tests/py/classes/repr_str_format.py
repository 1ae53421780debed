# __repr__, __str__, __format__ and how print/str/repr/format/f-strings use them.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "long":
            return f"{self.cents // 100} dollars and {self.cents % 100} cents"
        return format(self.cents / 100, spec)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
b, o, m = Both(), OnlyRepr(), Money(12345)
print(b, o, m)
print(str(b), repr(b), str(o), repr(o), [b, o], (b,), {"k": b})
print(f"{b} {b!r} {o} {m} {m:long} {m:.1f} {m:>10.2f}")
print("{} {!r} {:long}".format(b, b, m), format(m), format(m, ",.3f"), "%s %r" % (b, b))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Sub(Both):
    def __str__(self):
        return "sub str + " + super().__str__()
print(Sub(), repr(Sub()))
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!s:>5}")
try:
    format(NoFormat(), ">5")
except TypeError as e:
    print("TypeError:", e)
