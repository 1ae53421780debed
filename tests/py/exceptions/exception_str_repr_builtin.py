# Messages of builtin exceptions caught and printed as "Type: message".
nothing = None
five = 5
actions = [
    lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: 10 // 0,
    lambda: [1][5], lambda: (1,)[5], lambda: "ab"[9], lambda: {}["x"], lambda: {1: 2}[2],
    lambda: int("x"), lambda: float("y"), lambda: int("1.5"), lambda: [].index(1), lambda: "".index("a"),
    lambda: "a" + 1, lambda: 1 + "a", lambda: [] + (), lambda: "a" * "b", lambda: len(5),
    lambda: nothing[0], lambda: five[0], lambda: abs("x"), lambda: iter(5), lambda: next(iter([])),
    lambda: {}.x, lambda: undefined_global, lambda: (1).foo, lambda: int.nope, lambda: [].pop(),
    lambda: {[]: 1}, lambda: hash([]), lambda: chr(-1), lambda: ord("ab"), lambda: range(0, 1, 0),
    lambda: "a" < 1, lambda: [1] < "a", lambda: {} < {}, lambda: -"x", lambda: ~1.5,
    lambda: tuple(5), lambda: list(None), lambda: dict([1]), lambda: set(1), lambda: "x".join(5),
    lambda: pow(2, 3, 0), lambda: 2 ** 10000 * 1.0, lambda: "{}".format(), lambda: "%d" % "s", lambda: b"a"[3],
]
for i, act in enumerate(actions):
    try:
        act()
        print(i, "no error")
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
