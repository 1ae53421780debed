# Text statistics with dicts: word frequencies, bigrams, letter histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
def words(text):
    cleaned = "".join(c.lower() if c.isalpha() or c.isspace() else " " for c in text)
    return cleaned.split()
ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>10} {n:3} {'#' * n}")
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
total = sum(letters.values())
for c in sorted(letters, key=lambda ch: (-letters[ch], ch))[:6]:
    print(c, letters[c], f"{letters[c] / total:.2%}")
lengths = {}
for w in set(ws):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
lines = TEXT.splitlines()
print([len(line) for line in lines], max(lines, key=len)[:20])
print("average word length:", round(sum(map(len, ws)) / len(ws), 3))
