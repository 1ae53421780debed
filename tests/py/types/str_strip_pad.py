# strip/lstrip/rstrip, center/ljust/rjust, zfill, expandtabs, removeprefix/suffix, replace.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "a.txt.txt".rstrip(".txt"))
for w in ["hi", "hello", "odd", ""]:
    print(repr(w.center(9)), repr(w.center(8, "*")), repr(w.ljust(7, "-")), repr(w.rjust(7)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(2)))
print("prefix_rest".removeprefix("prefix_"), "file.py".removesuffix(".py"), "x".removeprefix("y"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abab".replace("ab", ""))
print("hello".replace("l", "L", 1), "spam".replace("x", "y"), "a.b.c".replace(".", "::"))
