# Two threads summing halves of a range, joined by the main thread.
# Each thread runs in its own interpreter, in parallel: see ../shared/DESIGN.md.
import threading

N = 2_000_000
results = {}
lock = threading.Lock()


def partial_sum(name, start, stop):
    total = 0
    for i in range(start, stop):
        total += i
    with lock:
        results[name] = total


threads = [
    threading.Thread(target=partial_sum, args=("low", 0, N // 2)),
    threading.Thread(target=partial_sum, args=("high", N // 2, N)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("partial sums:", sorted(results.items()))
print("total:", sum(results.values()), "expected:", N * (N - 1) // 2)
