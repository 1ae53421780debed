# bytes() and bytearray() constructors.
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"ab"), bytes("é", "utf-8"), bytes(range(3)), bytes(bytearray(b"z")))
print(bytearray(), bytearray(2), bytearray([65, 66]), bytearray(b"cd"), bytearray("x", "ascii"))
print(bytes("abc", encoding="ascii"), bytes("ü", "latin-1"), bytes(iter([104, 105])))
for bad in [lambda: bytes("str"), lambda: bytes([300]), lambda: bytes(-1), lambda: bytes([1.5]), lambda: bytearray("s")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
b = bytearray(b"abc")
b[0:1] = b"XYZ"
print(b, bytes(b), type(bytes(b)).__name__, b == bytes(b))
class HasBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(HasBytes()))
