# list.sort / sorted: stability, key=, reverse=, mixed numeric types, errors, mutation.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

words = ["pear", "Fig", "apple", "kiwi", "banana", "fig", "Apple", "date", "plum", "lime"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True), sorted(words, key=lambda w: w[-1], reverse=True))
# stability with many equal keys (longer than one insertion run)
pairs = [(i % 7, i) for i in range(100)]
s = sorted(pairs, key=lambda p: p[0])
print(s[:12], all(s[k][1] < s[k + 1][1] for k in range(99) if s[k][0] == s[k + 1][0]))
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(r[:12], all(r[k][1] < r[k + 1][1] for k in range(99) if r[k][0] == r[k + 1][0]))
# numbers: ints, bigints, floats, bools mixed
nums = [3, -1.5, 2 ** 70, True, 0, -(2 ** 65), 2.5, False, 7, 1e20, -3]
print(sorted(nums), sorted(nums, reverse=True))
x = list(range(50, 0, -3)) + list(range(0, 60, 7))
x.sort(); print(x)
x.sort(reverse=True); print(x)
x.sort(key=lambda v: (v % 5, -v)); print(x)
fl = [0.5 * ((i * 37) % 23) for i in range(40)]
fl.sort(); print(fl)
print(sorted("the quick brown fox jumps over the lazy dog".split()))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([[3], [1, 2], [1], []]))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({5, 1, 9, 3}), sorted("hello"), sorted(()), sorted([42]))
# user-defined ordering
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "V(%d)" % self.v
vals = [V(3), V(1), V(2), V(1)]
print(sorted(vals), max(vals), min(vals))
calls = []
def key(v):
    calls.append(v)
    return -v
data = [4, 1, 3]
data.sort(key=key); print(data, calls)
one = [5]; one.sort(key=lambda v: calls.append(("single", v))); print(one, calls[-1])
attempt("mixed types", lambda: sorted([3, "a", 1]))
attempt("sort positional", lambda: [].sort(1))
attempt("sort bad kw", lambda: [].sort(foo=1))
attempt("key not callable", lambda: [1, 2].sort(key=1))
attempt("reverse=None", lambda: [].sort(reverse=None))
attempt("reverse=1.5", lambda: [].sort(reverse=1.5))
L = [3, 1, 2]; L.sort(reverse=2); print(L)
def bad_key(v):
    if v == 2:
        raise ValueError("boom")
    return v
E = [3, 2, 1]
attempt("key raises", lambda: E.sort(key=bad_key))
print(E)
class Bad:
    def __lt__(self, other):
        raise RuntimeError("no order")
attempt("lt raises", lambda: sorted([Bad(), Bad()]))
M = [5, 4, 3, 2, 1]
def mutating_key(v):
    M.append(v)
    return v
attempt("mutate during sort", lambda: M.sort(key=mutating_key))
print(M)
seen = []
def peek(v):
    seen.append(len(M2))
    return v
M2 = [2, 1]
M2.sort(key=peek); print(M2, seen)
