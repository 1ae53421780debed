# Real program: sum of squares split into chunks computed by threads.
import math
import threading

N = 200_000
K = 4
partial = [0] * K


def chunk_sum(k):
    lo = k * N // K
    hi = (k + 1) * N // K
    s = 0
    for i in range(lo, hi):
        s += i * i
    partial[k] = s


threads = [threading.Thread(target=chunk_sum, args=(k,)) for k in range(K)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(partial)
print(partial)
print(total, total == (N - 1) * N * (2 * N - 1) // 6)
print(math.isqrt(total), round(math.log10(total), 6))

# floats: harmonic partial sums per thread, combined in a fixed order
fsums = [0.0] * K


def harmonic(k):
    s = 0.0
    for i in range(k * 1000 + 1, (k + 1) * 1000 + 1):
        s += 1.0 / i
    fsums[k] = s


threads = [threading.Thread(target=harmonic, args=(k,)) for k in range(K)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([round(x, 12) for x in fsums], round(math.fsum(fsums), 12))
