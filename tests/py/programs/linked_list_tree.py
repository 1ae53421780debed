# A singly linked list and a binary search tree, implemented recursively.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = Node(x, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"
    def reverse(self):
        def rev(node, prev):
            if node is None:
                return prev
            nxt = node.next
            node.next = prev
            return rev(nxt, node)
        self.head = rev(self.head, None)
    def remove(self, value):
        def rem(node):
            if node is None:
                raise ValueError(f"{value} not in list")
            if node.value == value:
                return node.next
            node.next = rem(node.next)
            return node
        self.head = rem(self.head)
ll = LinkedList(range(1, 8))
print(ll, len(ll))
ll.reverse()
print(ll)
ll.remove(4)
ll.remove(7)
print(ll, list(ll)[::2])
try:
    ll.remove(99)
except ValueError as e:
    print("ValueError:", e)
print(LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        def ins(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = ins(node[1])
            elif key > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node[1])
                yield node[0]
                yield from walk(node[2])
        return list(walk(self.root))
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False
    def render(self, node="root", depth=0):
        node = self.root if node == "root" else node
        if node is None:
            return []
        return self.render(node[2], depth + 1) + ["    " * depth + str(node[0])] + self.render(node[1], depth + 1)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height(), 45 in t, 55 in t)
print("\n".join(t.render()))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.height())
