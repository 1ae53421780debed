# find/rfind/index/rindex/count/startswith/endswith with ranges, code-point indices.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

hays = ["hello world", "aaaa", "", "abcabcabc", "héllo wörld", "日本語の日本語", "a😀b😀c", "xyzzy"]
subs = ["", "o", "l", "ll", "aa", "abc", "ö", "日本", "😀", "z", "not"]
ranges = [(), (1,), (-3,), (2, 5), (0, -1), (None, 4), (5, 2), (100,), (-100, 100), (3, 3), (4, 3)]
for h in hays:
    for s in subs:
        row = []
        for r in ranges:
            row.append("%d/%d/%d" % (h.find(s, *r), h.rfind(s, *r), h.count(s, *r)))
            row.append("%d%d" % (h.startswith(s, *r), h.endswith(s, *r)))
        print(repr(h), repr(s), " ".join(row))
t(lambda: "hello".index("l"))
t(lambda: "hello".rindex("l"))
t(lambda: "hello".index("z"))
t(lambda: "hello".rindex("z", 1, 3))
t(lambda: "héllo".index("l", -2))
t(lambda: "abc".find("c", True))
t(lambda: "abc".find("b", None, None))
t(lambda: "abc".find("c", 2 ** 100))
t(lambda: "abc".find("a", -2 ** 100))
t(lambda: "abc".find("a", 0, 2 ** 100))
t(lambda: "abc".find(1))
t(lambda: "abc".find())
t(lambda: "abc".find("a", 1, 2, 3))
t(lambda: "abc".find("a", "x"))
t(lambda: "abc".find(sub="a"))
t(lambda: "abc".count("a", None, "x"))
t(lambda: "abc".startswith(("x", "a")))
t(lambda: "abc".endswith(("x", "y")))
t(lambda: "abc".endswith(("c", 1)))
t(lambda: "abc".startswith((1, "a")))
t(lambda: "abc".startswith(["a"]))
t(lambda: "abc".startswith(1))
t(lambda: "abc".startswith())
t(lambda: "abc".startswith("", 3))
t(lambda: "abc".startswith("", 4))
t(lambda: "abc".endswith("", 2, 1))
t(lambda: "abc".startswith(("",), 4))
class Idx:
    def __index__(self):
        return 1
t(lambda: "abcabc".find("a", Idx()))
t(lambda: "abcabc".count("b", Idx(), Idx()))
class S(str):
    pass
t(lambda: S("banana").find(S("an")))
t(lambda: S("banana").count("a"))
t(lambda: "banana".startswith(S("ban")))
t(lambda: str.find("abc", "c"))
t(lambda: str.find(1, "c"))
big = "ab" * 5000 + "needle" + "é" * 10
print(big.find("needle"), big.rfind("ab"), big.count("ab"), big.find("é"), big.rfind("é"), big.find("é", 10006))
