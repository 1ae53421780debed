# LRU cache built on a dict (insertion-ordered) plus a hand-written decorator.
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"


def lru(capacity):
    def decorator(func):
        cache = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            result = cache.get(args, sentinel)
            if result is sentinel:
                result = func(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        return wrapper
    return decorator


c = LRUCache(3)
for i, word in enumerate("alpha beta gamma delta".split()):
    c.put(word, i)
print(c)
print(c.get("beta"), c.get("alpha"), c.get("alpha", -1))
c.put("epsilon", 4)
print(c, len(c), "gamma" in c, "beta" in c)
c.put("delta", 33)
print(list(c.data))


@lru(64)
def paths(r, c):
    """Count lattice paths."""
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths.__name__, paths.__doc__)
print(paths(16, 16))
print(paths.cache.hits, paths.cache.misses, len(paths.cache))
print(paths(30, 30))

try:
    LRUCache(0)
except ValueError as e:
    print("error:", e)

big = LRUCache(2)
big.put((1, 2), [1, 2])
big.put(frozenset({1}), "fs")
big.put(3.0, "three")
print(big.get(3), big.get((1, 2)), big)
