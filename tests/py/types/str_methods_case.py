# str case conversion (full Unicode mappings, final sigma, titlecase digraphs) and case predicates.
samples = [
    "", "a", "A", "hello world", "HELLO WORLD", "hELLO wORLD", "Hello World", "hello-world_again",
    "ß", "straße", "STRASSE", "ﬁ ﬂ ﬃ", "ǆemal ǅ Ǆ", "ǈ ǉ Ǉ", "İstanbul", "ı i I", "ŉ",
    "ΣΑΣ", "ΟΔΟΣ ΣΟΦΟΣ.", "Σ", "aΣ", "aΣb", "aΣ.", "a.Σ", "A'Σ'", "ἀΣ ", "Σa",
    "ΐ", "ᾳ ᾼ ᾀ", "Ⓐⓑ", "ⅰⅱ Ⅲ", "Ꭰꭰ", "𐐀𐐨", "a\u0345Σ", "123abc", "1st 2nd 3rd", "o'neil",
    "they're bill's friends", "x\u0301y", "ǳ ǲ Ǳ", "ᏸ", "ꟶ", "\u019b", "\u0264", "ÿ Ÿ",
    "tschüß", "ĳ", "Ǆǅǆ", "ßa", "aß", "ſ", "K Å", "µ", "ΐΰ", "\ua7d3\ua7d5 \ua7d3",
]
for s in samples:
    print(repr(s))
    print("  ", repr(s.upper()), repr(s.lower()), repr(s.casefold()))
    print("  ", repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
    print("  ", s.islower(), s.isupper(), s.istitle())
for s in ["Hello World", "Hello world", "HeLLo", "Ǆemal", "ǅemal", "A1b", "A B", "A  B", " a", "1A",
          "ǅ", "ᾈ", "ᾈa", "Aᾈ", "a1", "A_B", "ΣΑΣ", "Σας", "ΣΑς"]:
    print(repr(s), s.istitle(), s.islower(), s.isupper())
# every code point below 0x800 through the case machinery
acc = []
for cp in range(0x800):
    c = chr(cp)
    if c.upper() != c or c.lower() != c or c.title() != c.upper() or c.casefold() != c.lower():
        acc.append("%x:%s/%s/%s/%s" % (cp, c.upper(), c.lower(), c.title(), c.casefold()))
print(len(acc))
for i in range(0, len(acc), 12):
    print(" ".join(acc[i:i + 12]))
flags = []
for cp in range(0x2000, 0x2200):
    c = chr(cp)
    flags.append("%d%d%d" % (c.islower(), c.isupper(), c.istitle()))
print("".join(flags))
class S(str):
    pass
s = S("MiXeD")
print(s.upper(), type(s.upper()).__name__, s.lower(), type(s.title()).__name__, s.swapcase())
