# Conway's Game of Life on an unbounded grid stored as a set of coordinates.
def neighbours(cell):
    x, y = cell
    return {(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy}


def step(live):
    candidates = live | {n for c in live for n in neighbours(c)}
    return {c for c in candidates
            if len(neighbours(c) & live) == 3 or (c in live and len(neighbours(c) & live) == 2)}


def render(live, pad=1):
    if not live:
        return "(empty)"
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    rows = []
    for y in range(min(ys) - pad, max(ys) + pad + 1):
        rows.append("".join("#" if (x, y) in live else "." for x in range(min(xs) - pad, max(xs) + pad + 1)))
    return "\n".join(rows)


def parse(pattern):
    return {(x, y) for y, row in enumerate(pattern.strip().splitlines()) for x, ch in enumerate(row) if ch == "#"}


glider = parse("""
.#.
..#
###
""")
state = glider
for gen in range(5):
    print(f"gen {gen}: {len(state)} cells, bbox x={min(x for x, _ in state)}..{max(x for x, _ in state)}")
    print(render(state))
print("glider moved by", sorted(state)[0][0] - sorted(glider)[0][0], sorted(state) == sorted((x + 1, y + 1) for x, y in glider))

blinker = parse("###")
seen = []
state = blinker
while state not in seen:
    seen.append(state)
    state = step(state)
print("blinker period:", len(seen) - seen.index(state), sorted(seen[1]))

rpent = parse("""
.##
##.
.#.
""")
state = rpent
history = {}
for gen in range(60):
    key = frozenset(state)
    if key in history:
        print("cycle at", gen)
        break
    history[key] = gen
    state = step(state)
print("r-pentomino after 60:", len(state), "cells; min", min(state), "max", max(state))
print(neighbours((0, 0)) == {(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)})
print(len(step(set())), render(set()), sorted(step(parse("##\n##"))))
