# Bit manipulation and byte-level formats: varints, base64 by hand, checksums, bitsets.
def varint_encode(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
def varint_decode(data):
    result = shift = 0
    for i, b in enumerate(data):
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i + 1
    raise ValueError("truncated varint")
for n in [0, 1, 127, 128, 300, 16384, 2 ** 32, 2 ** 63 + 5]:
    enc = varint_encode(n)
    print(n, enc.hex(), varint_decode(enc))
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)
def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(format(B64.index(c), "06b") for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
for s in [b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld".encode(), bytes(range(10))]:
    e = b64encode(s)
    print(repr(s), e, b64decode(e) == s)
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
for s in [b"", b"Wikipedia", b"The quick brown fox jumps over the lazy dog"]:
    print(f"{adler32(s):08x} {crc32(s):08x}")
class BitSet:
    def __init__(self):
        self.bits = 0
    def add(self, i):
        self.bits |= 1 << i
    def discard(self, i):
        self.bits &= ~(1 << i)
    def __contains__(self, i):
        return bool(self.bits >> i & 1)
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __len__(self):
        return bin(self.bits).count("1")
bs = BitSet()
for i in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 100]:
    bs.add(i)
bs.discard(4)
print(list(bs), len(bs), 9 in bs, 4 in bs, hex(bs.bits))
print([i ^ (i >> 1) for i in range(16)], [bin(i).count("1") for i in range(16)])
