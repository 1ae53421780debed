# str.format and format specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>10}|{:<10}|{:^10}|{:*^10}".format("r", "l", "c", "s"))
print("{:d} {:5d} {:05d} {:+d} {:x} {:#X} {:o} {:b} {:,} {:_}".format(1, 2, 3, 4, 255, 255, 8, 5, 10 ** 7, 10 ** 7))
print("{:.3f} {:10.2e} {:g} {:G} {:%} {:.1%} {:n}".format(3.14159, 12345.678, 0.0000123, 1e20, 0.25, 0.123, 42))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {{{}}}".format("x"))
print("{:{w}.{p}f}".format(2.71828, w=10, p=3))
print("{0:>{1}}".format("z", 5))
print(format(12, "08b"), format(3.5, "e"), format("s", "^5"), format(1234567.891, ",.1f"))
print("{:c}".format(65), "{:5}|".format(True), "{}".format(None), "{:.2}".format("abc"))
print("{:=10}".format(-42), "{:=+10.2f}".format(3.5), "{:#010x}".format(255), "{: d}".format(5))
print(format(-0.0, ".1f"), format(1e16, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(float("inf"), "8.2f"))
for bad in ["{:d}", "{0} {2}", "{"]:
    try:
        print(bad.format(1.5, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
