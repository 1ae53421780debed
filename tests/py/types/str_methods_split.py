# split/rsplit/splitlines/partition/rpartition/join/strip family.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

texts = ["", " ", "a", "  a  b   c  ", "a,b,,c,", ",a,", "a b\tc\nd\x0be\x0cf\rg\x1ch\x1di\x1ej\x1fk",
         "x\u3000y\u2028z\x85w\xa0v", "1<>2<>3<><>", "aaa", "日本 語  の", "no-sep-here"]
for s in texts:
    print(repr(s))
    for m in [-1, 0, 1, 2, 5]:
        print("  ", m, s.split(None, m), s.rsplit(None, m), s.split(maxsplit=m))
    for sep in [",", "<>", "a", "aa", " ", "語"]:
        print("  ", repr(sep), s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1),
              s.rsplit(sep=sep, maxsplit=2))
        print("  ", s.partition(sep), s.rpartition(sep))
lines = ["", "\n", "a\nb", "a\nb\n", "a\r\nb\rc\n\nd", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i",
         "\r\n\r\n", "\n\r", "no newline", "trailing\r", "x\r\r\ny"]
for s in lines:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "é".join("abc"), "".join(iter(["p", "q"])))
print("+".join({"k": 1, "j": 2}), "/".join(x for x in "xyz"), repr("".join([""] * 3)))
t(lambda: "-".join(["a", 1]))
t(lambda: "-".join([1]))
t(lambda: "-".join(5))
t(lambda: "-".join(["a"], ["b"]))
t(lambda: "-".join([b"a"]))
class S(str):
    pass
j = "".join([S("ab")])
print(repr(j), type(j).__name__, repr(S(",").join(["1", "2"])))
strips = ["", "   ", "  hi  ", "\t\n hi \r\x0b\x0c", "\x1c\x1dhi\x1e\x1f", "\u3000hi\u2029", "xxhixx", "héé", "abcba"]
for s in strips:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xa")),
          repr(s.lstrip("x")), repr(s.rstrip("éx")), repr(s.strip(None)), repr(s.strip("")))
t(lambda: "abc".strip(1))
t(lambda: "abc".lstrip(b"a"))
t(lambda: "abc".rstrip("a", "b"))
t(lambda: "abc".split(""))
t(lambda: "abc".rsplit(""))
t(lambda: "abc".split(1))
t(lambda: "abc".split("b", 1, 2))
t(lambda: "abc".split("b", "x"))
t(lambda: "abc".split(x=1))
t(lambda: "abc".split("b", sep="c"))
t(lambda: "a b c".split(maxsplit=2 ** 70))
t(lambda: "abc".partition(""))
t(lambda: "abc".partition(1))
t(lambda: "abc".rpartition(None))
t(lambda: "abc".splitlines(1, 2))
t(lambda: "a\nb".splitlines("x"))
t(lambda: "a\nb".splitlines(2))
t(lambda: "a b".split(None, -5))
print("a,b,c".split(",", maxsplit=-1), "a b c".rsplit(" ", maxsplit=0), "  a  ".rsplit(maxsplit=0))
print("  a  b  ".split(maxsplit=0), "  a  b  ".split(maxsplit=1), "  a  b  ".rsplit(maxsplit=1))
