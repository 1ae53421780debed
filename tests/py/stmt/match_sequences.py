# match: sequence patterns with star, nesting and types.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [(a, b), *_]:
            return f"pair first: {a}, {b}"
        case [_, _, *_]:
            return "three or more"
for s in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3, 4, 5], [(1, 2), 3, 4], [1, 2, 3], range(2)]:
    print(s, "->", shape(s))
match "ab":
    case [a, b]:
        print("string matched as sequence?!")
    case _:
        print("strings are not sequences for match")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match (1, 2, 3):
    case (1, *others):
        print("tuple star", others)
