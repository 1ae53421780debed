# bool, callable, chr, ord.
print(bool(), bool(0), bool(42), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0.0), bool(float("nan")))
print(callable(len), callable(lambda: 0), callable(int), callable(5), callable("str"), callable(print), callable(object()))
class C:
    def m(self):
        pass
print(callable(C), callable(C()), callable(C().m), callable(C.m))
print(chr(65), chr(97), chr(48), chr(8364), chr(0x1F40D), repr(chr(0)), repr(chr(10)), len(chr(0x10FFFF)))
print(ord("A"), ord("é"), ord("€"), ord("\n"), ord(b"A"), ord(bytearray(b"z")), ord("🐍"))
print("".join(chr(ord(c) + 1) for c in "HAL"), [chr(i) for i in range(97, 102)])
for bad in [lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
