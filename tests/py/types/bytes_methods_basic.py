# bytes and bytearray: search, split, strip, case, predicates, padding, replace, join.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for T in (bytes, bytearray):
    print("==", T.__name__)
    hays = [T(b"hello world"), T(b"aaaa"), T(b""), T(b"abcabcabc"), T(b"\x00\xff\x00\xff")]
    subs = [b"", b"o", b"l", b"ll", b"aa", b"abc", b"\xff", bytearray(b"c"), 111, 0, 255]
    for h in hays:
        for s in subs:
            row = []
            for r in [(), (1,), (-3,), (2, 5), (5, 2), (100,), (None, -1)]:
                row.append("%d/%d/%d" % (h.find(s, *r), h.rfind(s, *r), h.count(s, *r)))
            print(repr(h), repr(s), " ".join(row))
        for p in [b"", b"h", b"hel", (b"x", b"a"), (bytearray(b"d"),), b"\x00"]:
            print("  ", repr(p), h.startswith(p), h.endswith(p), h.startswith(p, 1), h.endswith(p, 0, 3))
    x = T(b"  a  b   c  ")
    print(x.split(), x.rsplit(), x.split(None, 1), x.rsplit(None, 1), x.split(b" "), x.rsplit(b" ", 2))
    y = T(b"a,b,,c,")
    print(y.split(b","), y.rsplit(b","), y.split(b",", 1), y.rsplit(b",", 1), y.split(sep=b",", maxsplit=2))
    print(T(b"1<>2<><>3").split(b"<>"), T(b"aaa").split(b"aa"), T(b"aaa").rsplit(b"aa"))
    print(T(b"a\tb\nc\x0bd\x0ce\rf\x1cg").split(), T(b"a\r\nb\rc\n\nd\n").splitlines(),
          T(b"a\r\nb\rc\n\nd\n").splitlines(True), T(b"").splitlines(), T(b"x\x0by").splitlines())
    print(y.partition(b","), y.rpartition(b","), y.partition(b"z"), y.rpartition(b"z"))
    z = T(b" \t\n xhix \r\x0b\x0c")
    print(z.strip(), z.lstrip(), z.rstrip(), z.strip(b" x\t\n\r\x0b\x0c"), z.strip(None),
          T(b"xxhixx").strip(b"x"), T(b"abcba").lstrip(bytearray(b"ab")), T(b"\x1chi\x1c").strip())
    w = T(b"hello WORLD 123 mIxEd_case it-s")
    print(w.upper(), w.lower(), w.swapcase(), w.title(), w.capitalize(), T(b"\xe9A").lower())
    for s in [b"", b"abc", b"ABC", b"Abc Def", b"abc1", b"123", b" \t", b"a b", b"\xe9", b"Hello World",
              b"HeLLo", b"A1b", b"\x1c"]:
        v = T(s)
        print(repr(v), v.isalnum(), v.isalpha(), v.isascii(), v.isdigit(), v.islower(), v.isupper(),
              v.isspace(), v.istitle())
    for wd in [-1, 0, 2, 5, 6]:
        print(wd, T(b"ab").center(wd), T(b"ab").center(wd, b"*"), T(b"ab").ljust(wd, bytearray(b"-")),
              T(b"ab").rjust(wd), T(b"-7").zfill(wd), T(b"+").zfill(wd), T(b"x").zfill(wd))
    print(T(b"a\tbc\tdef\n\tx").expandtabs(), T(b"a\tb").expandtabs(4), T(b"a\tb").expandtabs(tabsize=0))
    r = T(b"banana")
    print(r.replace(b"a", b"o"), r.replace(b"a", b"", 2), r.replace(b"", b"-"), r.replace(b"", b"-", 3),
          r.replace(b"na", bytearray(b"NA"), -1), r.replace(b"zz", b"q"), r.replace(b"banana", b""))
    print(T(b", ").join([b"a", bytearray(b"b"), T(b"c")]), T(b"").join([]), T(b"-").join(iter([b"x"])),
          T(b"").join([b"ab"]))
    print(r.removeprefix(b"ban"), r.removesuffix(b"na"), r.removeprefix(b"x"), r.removesuffix(b""))
    t(lambda: T(b"a").join([1]))
    t(lambda: T(b"a").join([b"a", "x"]))
    t(lambda: T(b"a").join(5))
    t(lambda: T(b"abc").find("a"))
    t(lambda: T(b"abc").find(256))
    t(lambda: T(b"abc").find(-1))
    t(lambda: T(b"abc").find(2 ** 100))
    t(lambda: T(b"abc").find(1.5))
    t(lambda: T(b"abc").index(b"z"))
    t(lambda: T(b"abc").rindex(100))
    t(lambda: T(b"abc").index(98, 0, 2))
    t(lambda: T(b"abc").startswith("a"))
    t(lambda: T(b"abc").startswith((b"a", "b")))
    t(lambda: T(b"abc").endswith([b"c"]))
    t(lambda: T(b"abc").split(b""))
    t(lambda: T(b"abc").split("b"))
    t(lambda: T(b"abc").split(b"b", 1, 2))
    t(lambda: T(b"abc").strip("a"))
    t(lambda: T(b"abc").partition(b""))
    t(lambda: T(b"abc").partition("b"))
    t(lambda: T(b"abc").center(5, "x"))
    t(lambda: T(b"abc").center(5, b"xy"))
    t(lambda: T(b"abc").ljust(5, 1))
    t(lambda: T(b"abc").replace(b"a", "b"))
    t(lambda: T(b"abc").replace(b"a"))
    t(lambda: T(b"abc").removeprefix("a"))
    t(lambda: T(b"abc").upper(1))
    t(lambda: T(b"abc").find(sub=b"a"))
    t(lambda: T(b"abc").count())
    t(lambda: T(b"abc").zfill())
    t(lambda: T.upper(1))
    t(lambda: T.upper())
t(lambda: bytes.upper(bytearray(b"x")))
t(lambda: bytearray.upper(b"x"))
class B(bytes):
    pass
class BA(bytearray):
    pass
print(B(b"abc").upper(), type(B(b"abc").upper()).__name__, type(BA(b"x").upper()).__name__, BA(b"a b").split())
print(b"abc".find(B(b"c")), bytearray(b"xyz").startswith(BA(b"x")))
