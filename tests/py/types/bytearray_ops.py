# bytearray: mutable bytes.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" world")
print(ba)
ba[1:5] = b"EY"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(ord(" "))
print(ba, ba.find(b"w"), ba.count(b"o"), ba.upper(), bytes(ba))
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba)
ba.clear()
print(ba, len(ba), bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(b"x") == b"x")
b2 = bytearray(b"abc")
c = b2.copy()
c[0] = ord("z")
print(b2, c, b2.decode(), b2.hex(), bytearray.fromhex("4142"))
try:
    b2[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    b2.remove(ord("q"))
except ValueError as e:
    print("ValueError:", e)
print(list(bytearray(b"xyz")), bytearray(b"a,b").split(b","), bytearray(b"  x ").strip())
