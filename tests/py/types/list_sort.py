# Sorting lists: key functions, reverse, stability, mixed-type errors.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: -r[1]))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda x: x % 3)
print(nums)
print(sorted([3.5, 1, 2.25, -1e10, 0]), sorted([[2, 1], [1, 2], [1, 1]]), sorted("hello"))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([True, False, 0, 1, -1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], s == sorted(big, reverse=True)[::-1])
pairs = [(i % 5, i) for i in range(20)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items(), key=lambda kv: kv[1]))
L = [3, 1, 2]
print(L.sort(), L, sorted(L) is L)
