# __getitem__/__setitem__/__delitem__/__contains__/__len__/__missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"position {pos} out of range")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        print("set", pos, value)
        self.cells[pos] = value
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
    def __str__(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 3)
g[0, 0] = "#"
g[2, 1] = "@"
g[3, 2] = "#"
print(g)
print(len(g), "@" in g, "x" in g, g[1, 1])
del g[0, 0]
print(len(g))
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
class DefaultDict(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = []
        return self[key]
dd = DefaultDict()
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, dd.get("zz"), "zz" in dd)
class Sliceable:
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return f"slice({idx.start}, {idx.stop}, {idx.step})"
        return f"index {idx}"
s = Sliceable()
print(s[1], s[1:5], s[::2], s[-1])
