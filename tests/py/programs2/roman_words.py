# Number conversions: roman numerals, English words, bases; with round-trip checks.
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range for roman numerals")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for scale, name in SCALES:
        if n >= scale:
            q, r = divmod(n, scale)
            head = f"{words(q)} {name}"
            if not r:
                return head
            return head + (" and " if r < 100 else ", " if scale > 100 else " and ") + words(r)


def to_base(n, base, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    assert from_roman(r) == n, (n, r)
    print(f"{n:>5} {r:<12} {words(n)}")
for n in [0, 13, 21, 100, 101, 110, 999, 1000, 1001, 12345, 1000000, 7000000042, -15, 10 ** 12 + 1]:
    print(f"{n:>14,} -> {words(n)}")
for n in [0, 255, -255, 2 ** 64, 36 ** 5 - 1]:
    bases = [to_base(n, b) for b in (2, 8, 16, 36)]
    assert all(int(s, b) == n for s, b in zip(bases, (2, 8, 16, 36)))
    print(n, bases)
print(sum(from_roman(to_roman(i)) == i for i in range(1, 4000)))
try:
    print(to_roman(0))
except Exception as exc:
    print("final:", type(exc).__name__, exc)
