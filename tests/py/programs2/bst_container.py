# Binary search tree implementing the container protocol, with recursive generators.
class _Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class TreeMap:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = _Node(key, value)
            self.size = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, _Node(key, value))
                self.size += 1
                return
            node = child

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __delitem__(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)
        self.size -= 1

    def __len__(self):
        return self.size

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def __reversed__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.right
            node = stack.pop()
            yield node.key
            node = node.left

    def items(self):
        return [(k, self[k]) for k in self]

    def height(self, node=...):
        if node is ...:
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def __repr__(self):
        return "TreeMap({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"


t = TreeMap((w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split())
print(t, len(t), t.height())
print(list(reversed(t)), "fox" in t, "cat" in t, t["quick"], bool(t), bool(TreeMap()))
for k in ["the", "quick", "zebra", "brown"]:
    try:
        del t[k]
        print("deleted", k, "->", list(t))
    except KeyError as e:
        print("missing", e)
nums = TreeMap((x, x * x) for x in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(nums), nums.height(), sum(v for _, v in nums.items()))
del nums[30]
del nums[50]
print(list(nums), nums.root.key, nums.height(), max(nums), min(nums), sorted(nums, reverse=True)[:3])
print(dict(nums.items()) == {k: k * k for k in nums}, list(zip(nums, reversed(nums)))[:3])
try:
    print(t["cat"])
except Exception as exc:
    print("final:", type(exc).__name__, exc)
