# Dictionary and string work: word counts, string building, formatting, splitting, joining.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
         "sigma tau upsilon phi chi psi omega").split()
def make_text(n):
    parts = []
    for i in range(n):
        w = WORDS[(i * 7 + i // 3) % len(WORDS)]
        parts.append(w.upper() if i % 11 == 0 else w)
    return " ".join(parts)
def count_words(text):
    counts = {}
    for w in text.split():
        key = w.lower()
        counts[key] = counts.get(key, 0) + 1
    return counts
def build_report(counts):
    lines = []
    for k in sorted(counts):
        lines.append(f"{k:>10}: {counts[k]:6d} {'*' * (counts[k] % 13)}")
    return "\n".join(lines)
def index_chars(text):
    index = {}
    for i, ch in enumerate(text):
        if ch != " ":
            index.setdefault(ch, []).append(i)
    return {k: len(v) for k, v in index.items()}
total = 0
report = ""
for round_ in range(120):
    text = make_text(20000 + round_)
    counts = count_words(text)
    report = build_report(counts)
    chars = index_chars(text[:30000])
    total += sum(counts.values()) + len(report) + sum(chars.values())
    d = {}
    for i in range(5000):
        d["k%d" % i] = str(i) * 2
    for i in range(0, 5000, 2):
        del d["k%d" % i]
    total += len(d) + sum(len(v) for v in d.values())
    total += len(text.replace("a", "A").split("e"))
print("total", total)
print(report.splitlines()[0])
