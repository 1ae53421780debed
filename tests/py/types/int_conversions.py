# int() parsing and formatting in bases.
print(int("42"), int("  -17  "), int("+8"), int("0"), int("1_000"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("-101", 2), int("1_0", 0))
print(int(3.99), int(-3.99), int(True), int("٣"), int(2.5e10))
for bad in ["", "abc", "1.5", "0x", "1__0", "_1", "12a", " ", "0b2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(bin(10), oct(10), hex(10), bin(-10), hex(-255), oct(0), hex(2 ** 64))
print(str(-0), str(123), repr(-45))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
print((1024).to_bytes(4, byteorder="little"), int.from_bytes(bytes([1, 2, 3, 4]), "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
