# Byte-level utilities: hexdump, CRC-32, base64 and run-length encoding, all by hand.
def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)


def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)


def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(f"{B64.index(c):06b}" for c in text)
    usable = len(bits) - len(bits) % 8
    return bytes(int(bits[i:i + 8], 2) for i in range(0, usable, 8))


def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)


def unrle(data):
    return b"".join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))


msg = "Hello, wörld! \t\n".encode() + bytes(range(0, 40, 3)) + b"zzzzzzzzzz"
print(hexdump(msg))
print(f"crc32: {crc32(b'The quick brown fox jumps over the lazy dog'):08x} {crc32(b''):08x} {crc32(msg):#010x}")
for sample in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", msg]:
    enc = b64encode(sample)
    assert b64decode(enc) == sample, sample
    print(repr(enc))
packed = rle(b"aaaabbbcccd" + b"x" * 300)
print(packed, len(packed), unrle(packed)[:12], len(unrle(packed)))
ba = bytearray(b"mutable bytes")
ba[0:7] = b"MUTABLE"
ba.reverse()
print(ba, ba.upper(), bytes(ba[::2]), ba.count(b"e"), ba.index(b"T"))
words = b"alpha beta  gamma".split()
print(words, b"-".join(words), [w.decode().capitalize() for w in words], sum(map(len, words)))
print(int.from_bytes(msg[:4], "little"), hex(int.from_bytes(msg[-4:], "big")), msg.rfind(b"z"), msg.find(b"\x00"))
try:
    print(b64decode("not*valid"))
except Exception as exc:
    print("final:", type(exc).__name__, exc)
