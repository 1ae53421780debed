# Miscellaneous str operations: indexing, iteration, encode, translate, ord/chr, comparisons.
s = "Hello, World"
print(s[0], s[-1], s[7:], len(s), s * 2, s + "!", "-" * 10)
print(list(s[:5]), [c for c in reversed("abc")], sorted("banana"), "".join(sorted("banana")))
print(s.encode(), s.encode("utf-8"), "héllo".encode("utf-8"), "héllo".encode("latin-1"), "ab".encode("ascii"))
print(b"h\xc3\xa9llo".decode("utf-8"), b"abc".decode(), bytes("é", "utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
print(str.maketrans({"a": "1"}), sorted(str.maketrans("ab", "cd").items()))
print(ord("a"), chr(97), ord("€"), chr(0x1F600) == "\U0001F600", [ord(c) for c in "AZaz09"])
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "a" * 0 == "", "abc" == "ab" + "c")
print(str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), repr("tab\there"))
print("x".join("abc"), "abc"[::-1], "a,b".split(",")[1], "abc".index("c"))
print(min("hello"), max("hello"), "l" in "hello", "hello".count("l"))
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
print(str.upper("abc"), str("already"), str(), type("").__name__)
print("%s|%s" % ("a\u0301", len("a\u0301")), "\u00e9" == "e\u0301")
