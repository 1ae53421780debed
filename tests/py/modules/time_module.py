# The time module: values are never printed (they vary), only checked.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
time.sleep(0)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t1 >= t0, p1 - p0 >= 0.009, m1 >= m0, t0 > 1_600_000_000)
ns = time.time_ns()
print(type(ns).__name__, ns > 1_600_000_000 * 10 ** 9, type(time.perf_counter_ns()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 5)
