# BFS, DFS, Dijkstra (with a hand-written binary heap), topological sort.
class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        last = a.pop()
        if not a:
            return last
        top, a[0] = a[0], last
        i, n = 0, len(a)
        while True:
            l, r, smallest = 2 * i + 1, 2 * i + 2, i
            if l < n and a[l] < a[smallest]:
                smallest = l
            if r < n and a[r] < a[smallest]:
                smallest = r
            if smallest == i:
                return top
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest


EDGES = """A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1"""

graph = {}
for line in EDGES.splitlines():
    u, v, w = line.split()
    graph.setdefault(u, []).append((v, int(w)))
    graph.setdefault(v, []).append((u, int(w)))


def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node, *queue = queue
        order.append(node)
        for nbr, _ in sorted(graph[node]):
            if nbr not in seen:
                seen.add(nbr)
                queue.append(nbr)
    return order


def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nbr, _ in sorted(graph[node], key=lambda e: (-e[1], e[0])):
        if nbr not in seen:
            dfs(nbr, seen)
    return seen


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, src))
    while heap:
        d, u = heap.pop()
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev


def path_to(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))


print("BFS:", bfs("A"))
print("DFS:", dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>3}  via {path_to(prev, node)}")
print("unreachable:", sorted(set(graph) - set(dist)))

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": []}


def topo(deps):
    state, order = {}, []

    def visit(n, stack=()):
        if state.get(n) == "done":
            return
        if n in stack:
            raise RuntimeError("cycle: " + " -> ".join(stack + (n,)))
        for d in deps[n]:
            visit(d, stack + (n,))
        state[n] = "done"
        order.append(n)

    for n in sorted(deps):
        visit(n)
    return order


print("topo:", topo(deps))
h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    h.push(x)
print("heap sorted:", [h.pop() for _ in range(len(h))])
deps["core"].append("app")
try:
    print(topo(deps))
except Exception as exc:
    print("final:", type(exc).__name__, exc)
