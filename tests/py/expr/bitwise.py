# Bitwise operators and shifts, including negatives and big ints.
vals = [0, 1, 5, 12, -1, -6, 255, 2**70 + 3]
for a in vals:
    for b in (3, -4, 2**65):
        print(a & b, a | b, a ^ b)
for a in (1, -1, 5, -5, 2**64):
    print(a << 3, a >> 1, a >> 100, a << 0, ~a)
print(1 << 200 >> 198, (-1) >> 1000, 0xF0 & 0x3C | 0x01 ^ 0xFF)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
