# list.append, dict item assignment and set.add are atomic: no lock, exact totals.
import threading

shared = []
d = {}
s = set()
N, T = 5000, 8


def appender(w):
    for i in range(N):
        shared.append(w * N + i)
        d[w * N + i] = i
        s.add(w * N + i)


threads = [threading.Thread(target=appender, args=(w,)) for w in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(d), len(s))
print(sorted(shared) == list(range(N * T)))
print(sum(shared) == sum(range(N * T)), sum(d.values()) == T * sum(range(N)))
# per-worker order is preserved even though workers interleave
for w in range(T):
    mine = [v for v in shared if v // N == w]
    assert mine == list(range(w * N, (w + 1) * N)), w
print("per-thread order kept")

popped = []


def popper():
    while True:
        try:
            popped.append(shared.pop())
        except IndexError:
            return


threads = [threading.Thread(target=popper) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(popped), sorted(popped) == list(range(N * T)))
