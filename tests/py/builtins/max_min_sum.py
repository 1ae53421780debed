# max, min, sum with keys, defaults, and start values.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("abc", "abd"), min((2, "b"), (2, "a")))
print(max([], default="empty"), min([], default=None), max([1, 2], default=0))
words = ["kiwi", "fig", "banana", "apple", "date"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([(1, "z"), (1, "a")], key=lambda t: t[0]))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([1.5, 2, True]))
print(sum((x for x in range(5)), start=100), sum([2 ** 64, 2 ** 64]))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: max(1, "a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(max(float("nan"), 1), max(1, float("nan")), min(-0.0, 0.0), max(True, 1), max(1, True))
