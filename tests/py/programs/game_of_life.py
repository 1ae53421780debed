# Conway's Game of Life on a small toroidal grid.
def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}
def step(live, rows, cols):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))
glider = parse("""
.#.
..#
###
""")
rows, cols = 8, 10
state = glider
for gen in range(5):
    print(f"generation {gen}: {len(state)} cells")
    print(render(state, rows, cols))
    state = step(state, rows, cols)
blinker = parse("###")
b = {(r + 2, c + 2) for r, c in blinker}
seq = [sorted(b)]
for _ in range(4):
    b = step(b, 6, 6)
    seq.append(sorted(b))
print(seq[0] == seq[2] == seq[4], seq[1] == seq[3], seq[1])
pent = {(r + 10, c + 10) for r, c in parse(".##\n##.\n.#.")}
sizes = []
for _ in range(60):
    pent = step(pent, 40, 40)
    sizes.append(len(pent))
print(sizes)
