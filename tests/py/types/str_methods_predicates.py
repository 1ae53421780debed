# str classification predicates over ASCII, Latin-1 and assorted Unicode.
preds = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
         "isidentifier", "isascii", "islower", "isupper", "istitle"]
samples = ["", "abc", "ABC", "abc123", "123", "12.5", "-1", " ", "\t\n\x0b\x0c\r", "\x1c\x1d\x1e\x1f",
           "\x85", "\xa0", "\u2028", "\u3000", "\u200b", "_", "_a1", "1a", "a b", "é", "ñandú", "日本語",
           "٣", "١٢٣", "²", "³4", "½", "Ⅳ", "ⅷ", "一二三", "〇", "①", "⑴", "𝟘𝟙", "𝔸", "ǅ", "ʰ",
           "\u0301", "a\u0301", "\x00", "\x7f", "\xad", "\ufeff", "\U0001f600", "\ue000", "\ufffd",
           "x\ny", "a\u2029", "\u0378", "ℕ", "℘", "℮", "ᢅ", "·", "a·", "゛", "⁰", "₉", "٠a", "ⅰ1",
           "if", "None", "class_", "Ωmega", "ℌ", "Ⅰ", "\u1885", "\u2118", "x\u2118"]
for s in samples:
    print(ascii(s), " ".join("%s=%d" % (p[2:], getattr(s, p)()) for p in preds))
# sweep ranges of code points and print compact bit strings per predicate
ranges = [(0, 0x250), (0x370, 0x400), (0x600, 0x700), (0x900, 0x980), (0x2000, 0x2200),
          (0x2460, 0x24ff), (0x3000, 0x3040), (0xff00, 0xff70), (0x1d7c0, 0x1d800),
          (0x10900, 0x10930), (0x1f100, 0x1f110)]
for lo, hi in ranges:
    for p in preds[:8]:
        bits = "".join("1" if getattr(chr(cp), p)() else "0" for cp in range(lo, hi))
        print("%x-%x %s %s" % (lo, hi, p, bits))
counts = {}
for p in preds[:8]:
    counts[p] = sum(1 for cp in range(0x10000) if not 0xd800 <= cp < 0xe000 and getattr(chr(cp), p)())
print(counts)
