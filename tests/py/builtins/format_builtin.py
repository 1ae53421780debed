# format() builtin with all kinds of specs.
tests = [(42, ""), (42, "d"), (42, "5d"), (42, "<5"), (42, "^7"), (42, "+"), (42, "x"), (42, "#b"),
         (1234567, ","), (1234567, "_"), (-42, "06"), (3.14159, ".2f"), (3.14159, "10.4f"), (3.14159, "e"),
         (3.14159, ".3g"), (0.000123, "g"), (123456789.0, "g"), (1e100, ".2e"), (0.5, "%"), (0.125, ".1%"),
         (12.0, "g"), (12.0, ""), (1e16, ""), (1.5, "+.1f"), (-1.5, " .1f"), ("text", ""), ("text", ">8"),
         ("text", "*^10"), ("text", ".2"), (True, ""), (True, "d"), (None, ""), ([1, 2], ""),
         (65, "c"), (255, "X"), (255, "#o"), (3 + 4j, ""), (3 + 4j, ".1f"), (2 ** 70, ","), (-0.0, ""),
         (float("inf"), ">6"), (float("nan"), ""), (1.0, ".0f"), (0.1, ".20f"), (100, "08.2f"), (5, "n")]
for value, spec in tests:
    print(repr(value), repr(spec), repr(format(value, spec)))
for value, spec in [("s", "d"), (1.5, "d"), (5, "s"), ([1], ">5")]:
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
