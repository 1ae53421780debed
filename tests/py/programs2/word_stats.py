# Word frequencies, anagram groups, ciphers.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.
Listen, silent enlist! Evil live veil; vile Levi. Stressed? Desserts."""


def words(text):
    cleaned = "".join(ch.lower() if ch.isalpha() else " " for ch in text)
    return cleaned.split()


freq = {}
for w in words(TEXT):
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for word, count in top:
    print(f"{word:<10}{count:>3} {'#' * count}")
print("distinct:", len(freq), "total:", sum(freq.values()))

groups = {}
for w in set(words(TEXT)):
    groups.setdefault("".join(sorted(w)), []).append(w)
anagrams = sorted(sorted(g) for g in groups.values() if len(g) > 1)
for g in anagrams:
    print(" / ".join(g))


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(s, key, decrypt=False):
    shifts = [ord(c) - 97 for c in key.lower()]
    out, i = [], 0
    for ch in s:
        if ch.isalpha():
            k = shifts[i % len(shifts)] * (-1 if decrypt else 1)
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + k) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn, Zebra!"
enc = caesar(msg, -3)
print(enc, "|", caesar(enc, 3))
v = vigenere(msg, "LEMON")
print(v, "|", vigenere(v, "LEMON", decrypt=True))
print(msg.swapcase(), msg.title(), msg.casefold(), msg.center(30, "*"))
table = str.maketrans("aeiou", "12345", "!,")
print(msg.translate(table))
print("-".join(reversed(msg.split())), msg[::-2], msg[-5:-1])
print(sorted(freq, key=len)[-3:], max(freq, key=lambda w: (len(w), w)))
counts = {}
for ch in TEXT.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print("".join(sorted(counts, key=lambda c: (-counts[c], c))[:10]))
print(TEXT.count("was"), TEXT.find("epoch"), TEXT.rfind("epoch"), TEXT.index("Light"))
print([line.strip()[:12] for line in TEXT.splitlines()])
print("wisdom," in TEXT, TEXT.startswith(("It", "it")), TEXT.endswith("."))
print(TEXT.partition("age"), )
print(TEXT.rsplit(None, 3)[-3:], TEXT.split(",", 2)[2][:20])
