# replace, padding, zfill, expandtabs, translate/maketrans, removeprefix/suffix, encode.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for s in ["", "a", "aaa", "banana", "héllo", "日本日本"]:
    print(repr(s), s.replace("a", "o"), s.replace("a", "", 1), s.replace("", "-"), s.replace("", "-", 2),
          s.replace("an", "AN", -1), s.replace("日", "x"), s.replace("l", "LL", 1), s.replace("zz", "y"),
          s.replace("", "", 3), s.replace(s, "whole"))
t(lambda: "abc".replace("a"))
t(lambda: "abc".replace(1, "b"))
t(lambda: "abc".replace("a", 1))
t(lambda: "abc".replace("a", "b", "c"))
t(lambda: "abc".replace("a", "b", 1.0))
t(lambda: "abc".replace("a", "b", 0))
t(lambda: "abc".replace("a", "b", count=1))
for w in [-5, 0, 1, 3, 4, 5, 6, 7, 10]:
    print(w, repr("ab".center(w)), repr("abc".center(w, "*")), repr("é".ljust(w, "ü")),
          repr("x".rjust(w, "0")), repr("42".zfill(w)), repr("-42".zfill(w)), repr("+".zfill(w)),
          repr("".zfill(w)), repr("ab".center(w, "日")))
for s in ["abc", "ab", "a", "abcd"]:
    print([s.center(w, ".") for w in range(7)])
t(lambda: "a".center())
t(lambda: "a".center("x"))
t(lambda: "a".center(3, 1))
t(lambda: "a".center(3, "ab"))
t(lambda: "a".center(3, ""))
t(lambda: "a".ljust(3, fillchar="x"))
t(lambda: "a".rjust(1.5))
t(lambda: "a".zfill())
t(lambda: "a".zfill("3"))
t(lambda: "a".center(2 ** 80))
tabs = ["a\tb", "\t", "ab\tcd\tef", "abcdefgh\tx", "a\nb\tc", "a\r\tb", "日\t本", "\t\t", "no tabs"]
for s in tabs:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)),
          repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=3)), repr(s.expandtabs(1)))
t(lambda: "a\tb".expandtabs("x"))
t(lambda: "a\tb".expandtabs(4, 5))
t(lambda: "a\tb".expandtabs(size=4))
tbl = str.maketrans("abc", "xyz", "d")
print(sorted(tbl.items()))
print("abcdabcd".translate(tbl), "hello".translate({ord("l"): None, ord("o"): "0!", 104: 72}))
print(sorted(str.maketrans({"a": "A", 98: None, "é": 1000}).items()))
print("aé日".translate({ord("é"): "e", ord("日"): 0x65e5 + 1}), "abc".translate([None, "x"] * 50))
print("abc".translate({}), "".translate({1: 2}), "abc".maketrans("a", "b"))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return "AA"
        if k == 98:
            raise LookupError("nope")
        raise IndexError(k)
print("abcab".translate(Table()))
t(lambda: "abc".translate(1))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: "abc".translate({97: -1}))
t(lambda: "abc".translate({97: b"x"}))
t(lambda: str.maketrans())
t(lambda: str.maketrans(1))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans("a", "bc"))
t(lambda: str.maketrans(1, 2))
t(lambda: str.maketrans("a", 2))
t(lambda: str.maketrans("a", "b", 3))
t(lambda: str.maketrans(1, "b"))
t(lambda: str.maketrans("a", "b", "c", "d"))
for s in ["prefix-body-suffix", "", "pre", "prepre"]:
    print(repr(s.removeprefix("pre")), repr(s.removesuffix("suffix")), repr(s.removeprefix("")),
          repr(s.removesuffix(s)), repr(s.removeprefix("x")))
t(lambda: "abc".removeprefix(1))
t(lambda: "abc".removesuffix(None))
t(lambda: "abc".removeprefix())
for s in ["abc", "héllo", "日本", "a😀", "", "\x7f\x80\xff"]:
    print(repr(s), s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode(encoding="utf_8"))
    for enc in ["ascii", "latin-1", "Latin1", "iso-8859-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            t(lambda: s.encode(enc, err))
t(lambda: "abc".encode("foo"))
t(lambda: "é".encode("ascii", "foo"))
t(lambda: "abc".encode("ascii", "foo"))
t(lambda: "éé日x".encode("ascii"))
t(lambda: "x日".encode("latin-1"))
t(lambda: "😀".encode("latin-1"))
t(lambda: "abc".encode(1))
t(lambda: "abc".encode("utf-8", 1))
t(lambda: "abc".encode(encodin="x"))
t(lambda: "abc".encode("a", "b", "c"))
print("{} {}".format(1, "x"), "{a}-{b}".format(a=1, b=2), "{0[1]}".format("xy"), "{x}".format_map({"x": 5}))
t(lambda: "{x}".format_map(1))
t(lambda: "a".format_map())
print(str.upper("abc"), str.center("ab", 6, "-"), str.split("a b"))
t(lambda: str.upper(1))
t(lambda: str.upper())
t(lambda: "a".upper(1))
t(lambda: "a".upper(x=1))
