# iter (one- and two-argument forms) and next (with default).
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(iter("abc")), list(iter((1, 2))), sorted(iter({3, 1, 2})), list(iter({"k": 1, "j": 2})))
data = [5, 4, 3, 0, 2, 1]
pos = -1
def reader():
    global pos
    pos += 1
    return data[pos]
print(list(iter(reader, 0)))
class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 5)))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
s = iter(range(3))
print(iter(s) is s, list(s), list(s))
