# Text utilities: word wrapping, justification, padding, tabs, case handling, unicode-ish methods.
PARAGRAPH = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
             "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")


def wrap(text, width):
    lines, current = [], []
    for word in text.split():
        if current and len(" ".join(current + [word])) > width:
            lines.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


for line in wrap(PARAGRAPH, 28):
    print("|" + justify(line, 28) + "|")
for line in wrap(PARAGRAPH, 40):
    print("|" + line.center(40, ".") + "|" + line.rjust(42)[-10:] + "|")
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "".zfill(2))
print(repr("a\tbc\td\n\te".expandtabs()), repr("x\ty".expandtabs(4)), repr("\t".expandtabs(0)))
samples = ["hello world", "Hello World", "HELLO", "hello_world123", "123", "1.5", " ", "", "Ünïcödé", "ǅungla",
           "ⅷ", "½", "٣", "hello\n"]
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isspace(),
             s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"{s!r:<18}", "".join("T" if f else "." for f in flags))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "straße".casefold(), "ǅ".lower(), "ǆ".title())
print("hello world foo".title(), "they're bill's".title(), "o'neil mc-donald".capitalize(), "aBc".swapcase())
print("  xx  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "www.example.com".rstrip("cmowz."))
print("a,b,,c,".split(","), "a b  c ".split(), " a b ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("l1\nl2\r\nl3\rl4\x0bl5".splitlines(), "x\n\ny\n".splitlines(True), "".splitlines(), "".split(","))
print("prefix_name".removeprefix("prefix_"), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("zz"))
print("-".join("abc"), "".join(reversed("stressed")), ", ".join(map(str, range(5))), "ab" * 3, 3 * "-")
print("Mississippi".replace("ss", "SS"), "Mississippi".replace("i", "", 2), "aaa".replace("", "-"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("lo"), "hello".count("l"),
      "aaaa".count("aa"), "hello".find("l", 3), "hello".find("", 10), "abc".count(""))
print("%s|%s|%s" % ("x".ljust(3, "-"), "x".rjust(3, "-"), "x".center(4, "-")), "ab".center(5), "abc".center(6, "*"))
print(ord("€"), chr(8364), "€".encode(), "naïve".encode("utf-8"), b"caf\xc3\xa9".decode(), len("😀"), "😀"[0] == "😀")
print("Straße"[::-1], "abc"[5:], "abcdef"[-3:-1], "abcdef"[::-2], "abcdef"[1:5:2], "abc"[-5:2])
print(str(b"bytes"), repr("quote's"), repr('dq"'), repr("both'\""), repr("\x00\x7f\u200b\n"), ascii("né😀"))
print("a" in "abc", "" in "abc", "abc".startswith("bc", 1), "abc".endswith(("x", "c")), "ABC".lower().islower())
print(sorted("bAaB"), sorted("bAaB", key=str.lower), min("hello"), "z" > "Z", "a" * 0 == "")
table = str.maketrans({"a": "4", "e": None, "o": "0"})
print("hello awesome".translate(table), str.maketrans("ab", "xy")[ord("a")])
print("{:>10}".format("é"), len("e\u0301"), "ab\u0301c"[2:], "x".join(["", "", ""]))
print("one two three".split(maxsplit=1), "  lead".split(None, 1), "k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="))
