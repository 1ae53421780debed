# Real program: a thread pool finding primes, results collected per range.
import concurrent.futures as cf
import math


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, math.isqrt(n) + 1, 2):
        if n % d == 0:
            return False
    return True


def primes_in(lo, hi):
    return [n for n in range(lo, hi) if is_prime(n)]


ranges = [(k * 5000, (k + 1) * 5000) for k in range(8)]
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(primes_in, lo, hi): (lo, hi) for lo, hi in ranges}
    per_range = {futs[f]: f.result() for f in cf.as_completed(futs)}
    flags = list(ex.map(is_prime, range(30)))
allp = []
for r in sorted(per_range):
    ps = per_range[r]
    print(r, len(ps), ps[:3], ps[-1])
    allp.extend(ps)
print("total", len(allp), "sum", sum(allp), allp == sorted(allp))
print([n for n, f in enumerate(flags) if f])
# twin primes found by worker threads from the shared result list
prime_set = set(allp)
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    twins = list(ex.map(lambda p: p + 2 in prime_set and (p, p + 2), sorted(prime_set)))
print(len([t for t in twins if t]), [t for t in twins if t][-3:])
