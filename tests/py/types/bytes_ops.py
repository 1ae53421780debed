# bytes methods and operations.
b = b"Hello, World"
print(b[0], b[-1], b[:5], b[::-1], len(b), b * 2, b + b"!", b"l" in b, 72 in b)
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.split(b", "), b.split(), b.replace(b"l", b"L"))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith(b"He"), b.endswith(b"d"))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"a-b-c".partition(b"-"), b",".join([b"a", b"b"]))
print(bytes([65, 66, 67]), bytes(4), bytes("abc", "ascii"), bytes(b"copy"), bytes(range(5)))
print(b"abc".hex(), bytes.fromhex("de ad be ef"), b"\x00\xff".hex(), b"abc".hex("-"))
print(list(b"abc"), [chr(x) for x in b"hi"], b"abc" == b"abc", b"abc" < b"abd", b"" == bytes())
print(b"123".isdigit(), b"abc".isalpha(), b"  ".isspace(), b"Ab".isupper(), b"ab1".isalnum())
print(b"abc".center(9, b"*"), b"7".zfill(3), b"a\tb".expandtabs(4), b"x".ljust(3) + b"|")
print(repr(bytes([0, 9, 10, 13, 39, 34, 92, 127, 128, 200, 255])))
print(b"hello".decode(), type(b[0]).__name__, type(b[0:1]).__name__, hash(b"x") == hash(b"x"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"%d-%s" % (1, b"x"), b"a b".split(b" "), b"abc".removeprefix(b"a"), b"AbC".lower())
