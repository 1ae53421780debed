# match: literal, capture, wildcard, or-patterns and guards.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "True literal"
        case None:
            return "None"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case b"raw":
            return "bytes"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case _:
            return f"other {x!r}"
for v in [0, 1, 3, "hello", True, None, -1, 2.5, b"raw", 500, "abcdef", "ab", 50, 1.0, False]:
    print(repr(v), "->", describe(v))
