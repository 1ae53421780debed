# ascii, repr, bin, oct, hex.
for v in ["plain", "café", "tab\t", "emoji 😀", "日本", 'quote"s', "it's", b"bytes\xff", ["é", 1], {"ñ": "ü"}]:
    print(ascii(v), repr(v))
print(bin(0), bin(5), bin(-5), bin(2 ** 65), oct(0), oct(64), oct(-8), hex(0), hex(255), hex(-4096), hex(2 ** 70))
class Idx:
    def __index__(self):
        return 10
print(bin(Idx()), oct(Idx()), hex(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(repr(1.0), repr(-0.0), repr(None), repr(True), repr(...), repr(NotImplemented), repr(int), repr(len))
print(repr([1, [2, (3,)]]), repr((1,)), repr({1: {2: 3}}), repr(range(1, 5, 2)), repr(slice(1, None)))
