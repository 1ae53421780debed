# slice objects.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3), slice(1, None, -1))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(0, 100, 3).indices(20))
data = list(range(20))
print(data[s], data[slice(None, None, 5)], "abcdefgh"[slice(2, -2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[1:2:3], r[::], r[:, 1], r[..., 1:], r["k"], r[1, 2:3])
try:
    data[slice(0, 5, 0)]
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
    print("slice is hashable")
except TypeError as e:
    print("TypeError:", e)
