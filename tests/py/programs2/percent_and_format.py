# %-formatting and str.format with nested fields, attribute/index access.
rows = [("alice", 31, 55000.5), ("bob", 7, 0.125), ("christopher", 102, -1e6)]
for name, age, money in rows:
    print("%-10s|%5d|%12.2f|%e|%x" % (name, age, money, money, age))
print("%s %r %a %c %c %%" % ("str", "str", "é", 65, "z"))
print("%(name)s is %(age)03d years; %(name)r again" % {"name": "Zed", "age": 5})
print("%+d % d %05.1f %-6.2f| %#x %#o %X %i %u" % (5, 5, 3.14159, 2.5, 255, 8, 255, -3, 7))
print("%.3s|%10.3s|%-10s|%*d|%-*d|%.*f" % ("abcdef", "abcdef", "x", 6, 42, 6, 42, 2, 3.14159))
print("%g %g %g %G %g" % (0.0001, 1e-5, 123456789, 1e-10, 100.0))
print("%d %d %s" % (3.99, -3.99, 3.0), "%s" % [1, "a"], "%s" % (("tuple",),))
print("single %s" % "value", "%s" % 0, "%r" % None)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)

print("{} {} {}".format(1, "two", 3.0))
print("{2}{1}{0}-{0}".format("a", "b", "c"))
print("{name:>8}|{n:^+7.2f}|{n!r}".format(name="pi", n=3.14159))
point = {"x": 1, "y": [10, 20, 30]}


class P:
    def __init__(self):
        self.coords = (4, 5)
        self.label = "pt"


print("{0[x]} {0[y][2]} {1.coords[1]} {1.label!r:>6}".format(point, P()))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
print("{0:{1}} {0:{2}.{3}f}".format(2.718281828, 8, 10, 4))
print("{{}} {{{0}}} {:>4}".format(7) if False else "{{}} {{{0}}}".format(7))
print("{:,} {:_x} {:#010b} {:.2%} {:e}".format(10 ** 9, 0xDEADBEEF, 5, 0.4567, 0.00012))
print("{!s:>5}|{!r:<8}|{!a}".format(1.5, "q", "ñ"))
print("{:<5}|{:>5}|{:^5}|{:=5}".format(-1, -1, -1, -1))
print(str.format("{0}-{0}-{1}", "x", "y"), "{a}{b}".format_map({"a": 1, "b": 2}))
template = "{greeting}, {person[first]} {person[last]}! You owe {amount:,.2f}."
print(template.format(greeting="Hi", person={"first": "Ann", "last": "Lee"}, amount=1234.5))
fmt = "%-6s%s"
print("\n".join(fmt % (k, "=" * v) for k, v in [("a", 3), ("bb", 1), ("ccc", 0)]))
for spec in ["<6", ">6", "^6", "06", "+", ",", "x", "o", "b", "e", ".3"]:
    try:
        print(spec.ljust(4), repr(format(255, spec)), repr(format(2.5, spec)))
    except ValueError as e:
        print(spec.ljust(4), "ValueError:", e)
print("{0!r:^12}".format("ab"), "{:>{w}}".format("r", w=4), "%5.1f%%" % 99.44)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    print("%s and %s" % ("x", "y", "z"))
except Exception as exc:
    print("final:", type(exc).__name__, exc)
