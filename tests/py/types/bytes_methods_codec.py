# bytes.decode / hex / fromhex / translate / maketrans and bytearray mutators.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

samples = [b"", b"abc", b"h\xc3\xa9llo", b"\xe6\x97\xa5\xe6\x9c\xac", b"\xf0\x9f\x98\x80", b"\xff", b"a\xffb",
           b"\x80abc", b"\xc0\x80", b"\xe2\x28\xa1", b"\xe2\x82\x28", b"a\xe2\x82", b"\xed\xa0\x80",
           b"\xf4\x90\x80\x80", b"\xf0\x9f", b"\xf0\x9f\x98", b"\xf0\x9f\x98x", b"\xc3", b"\xc3\xc3\xa9",
           b"\xf8\x88\x80\x80\x80", b"\xfe\xff", b"\xef\xbb\xbfbom"]
for s in samples:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace"]:
            t(lambda: s.decode(enc, err))
    t(lambda: bytearray(s).decode())
    t(lambda: s.decode(errors="replace"))
t(lambda: b"abc".decode("foo"))
t(lambda: b"\xff".decode("utf-8", "foo"))
t(lambda: b"abc".decode("utf-8", "foo"))
t(lambda: b"abc".decode(1))
t(lambda: b"abc".decode("utf-8", 1))
t(lambda: b"abc".decode(encodin="x"))
t(lambda: b"abc".decode("UTF8"))
t(lambda: b"\xef\xbb\xbfabc".decode("utf-8-sig"))
t(lambda: b"caf\xe9".decode("Latin1"))
for s in [b"", b"\x00", b"abc", b"\x01\x02\x03\x04\x05", bytearray(b"\xff\xee")]:
    print(s.hex(), s.hex(":"), s.hex("-", 2), s.hex(b"_", -2), s.hex(":", 3), s.hex(sep=" ", bytes_per_sep=1),
          s.hex(".", 0), s.hex(b"|", -1))
t(lambda: b"abc".hex("::"))
t(lambda: b"abc".hex("\xe9"))
t(lambda: b"abc".hex(1))
t(lambda: b"abc".hex(b"\xff"))
t(lambda: b"abc".hex(bytearray(b"|")))
t(lambda: b"abc".hex([1]))
t(lambda: b"abc".hex([1, 2]))
t(lambda: b"abc".hex("日"))
t(lambda: b"abc".hex(":", "x"))
for s in ["", "00", "ab cd", " 0a 0B ", "abc", "zz", " a b", "ab\ncd\t", "0", "éé", "ab é", "a\u3000b"]:
    t(lambda: bytes.fromhex(s))
    t(lambda: bytearray.fromhex(s))
t(lambda: bytes.fromhex(1))
t(lambda: bytes.fromhex())
t(lambda: b"".fromhex("61"))
class B(bytes):
    pass
class BA(bytearray):
    pass
print(type(B.fromhex("6162")).__name__, B.fromhex("6162"), type(BA.fromhex("63")).__name__)
tb = bytes.maketrans(b"abc", b"xyz")
print(len(tb), tb[97:100], type(bytearray.maketrans(b"a", b"b")).__name__)
print(b"abcabc".translate(tb), bytearray(b"abcd").translate(tb, b"d"), b"hello".translate(None, b"l"),
      b"hello".translate(None, delete=b"lo"), b"xyz".translate(bytearray(tb)))
t(lambda: b"a".translate(b"ab"))
t(lambda: b"a".translate(1))
t(lambda: b"a".translate(None, "a"))
t(lambda: bytes.maketrans())
t(lambda: bytes.maketrans(b"a", b"bc"))
t(lambda: bytes.maketrans("a", "b"))
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" wor")
ba.extend(bytearray(b"ld"))
ba.extend([33, 34])
ba.extend(x for x in range(65, 68))
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 46)
ba.insert(-100, 95)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l"))
print(ba)
c = ba.copy()
c.reverse()
print(c, ba, c is ba, type(c).__name__)
ba.extend(ba)
print(ba)
ba.clear()
print(ba, len(ba))
t(lambda: bytearray().pop())
t(lambda: bytearray(b"a").pop(5))
t(lambda: bytearray(b"a").pop(-2))
t(lambda: bytearray(b"a").pop(1, 2))
t(lambda: bytearray(b"a").pop("x"))
t(lambda: bytearray(b"a").remove(5))
t(lambda: bytearray(b"a").remove(256))
t(lambda: bytearray(b"a").remove(b"a"))
t(lambda: bytearray(b"a").append(256))
t(lambda: bytearray(b"a").append(-1))
t(lambda: bytearray(b"a").append("a"))
t(lambda: bytearray(b"a").append(2 ** 80))
t(lambda: bytearray(b"a").append())
t(lambda: bytearray(b"a").insert(0))
t(lambda: bytearray(b"a").insert("a", 1))
t(lambda: bytearray(b"a").extend(1))
t(lambda: bytearray(b"a").extend([256]))
t(lambda: bytearray(b"a").extend("ab"))
t(lambda: bytearray(b"a").extend(["a"]))
t(lambda: bytearray(b"a").clear(1))
sub = BA(b"xyz")
sub.append(33)
sub.reverse()
print(sub.copy(), type(sub).__name__, type(sub.copy()).__name__)
class Idx:
    def __index__(self):
        return 65
q = bytearray()
q.append(Idx())
q.insert(0, Idx())
print(q, b"zAz".find(Idx()), b"AAA".count(Idx()))
for s in ["abc", "héllo", "日本", "😀"]:
    print(s.encode().decode(), s.encode("utf-8").decode("utf-8") == s, len(s.encode()))
