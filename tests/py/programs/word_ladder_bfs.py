# Graph algorithms: BFS shortest path, DFS, topological sort, Dijkstra with a hand-rolled heap.
WORDS = "cold cord card ward warm word wore core bore bold bolt boat coat cost most mist wist worm form foam".split()
def neighbors(w, words):
    return [x for x in words if sum(a != b for a, b in zip(w, x)) == 1]
def bfs(start, goal, words):
    prev = {start: None}
    queue = [start]
    while queue:
        w = queue.pop(0)
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in neighbors(w, words):
            if n not in prev:
                prev[n] = w
                queue.append(n)
    return None
print(bfs("cold", "warm", WORDS))
print(bfs("cold", "mist", WORDS))
print(bfs("bolt", "form", WORDS), bfs("cold", "zzzz", WORDS))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def topo(graph):
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError(f"cycle at {n}")
        state[n] = "active"
        for d in sorted(graph[n]):
            visit(d)
        state[n] = "done"
        order.append(n)
    for n in sorted(graph):
        visit(n)
    return order
print(topo(deps))
try:
    topo({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("ValueError:", e)
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heap_pop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[m]:
                m = l
            if r < len(h) and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top
roads = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
         "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
def dijkstra(src):
    dist = {src: 0}
    h = [(0, src)]
    while h:
        d, u = heap_pop(h)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in roads[u].items():
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w
                heap_push(h, (d + w, v))
    return dict(sorted(dist.items()))
print(dijkstra("A"), dijkstra("E"))
