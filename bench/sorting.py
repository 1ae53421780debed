# List sorting: ints, floats, strings, tuples, with and without key functions, reverse.
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed
gen = lcg(42)
ints = [next(gen) % 100000 for _ in range(120000)]
floats = [x / 7.0 for x in ints[:60000]]
strs = ["s%07d" % (x * 13 % 1000003) for x in ints[:60000]]
recs = [(x % 100, -x, "r%d" % x) for x in ints[:60000]]
checksum = 0
for _ in range(3):
    a = sorted(ints)
    b = sorted(ints, reverse=True)
    c = sorted(floats)
    d = sorted(strs)
    e = sorted(recs)
    f = sorted(recs, key=lambda r: (r[2], r[0]))
    g = sorted(ints, key=lambda x: (x % 1000, x))
    h = list(ints)
    h.sort(key=str)
    checksum += a[1000] + b[1000] + int(c[500]) + len(d[-1]) + e[7][0] + f[3][0] + g[99] + int(h[5])
print("checksum", checksum, a[:3], d[0], e[0], g[:2], h[:2])
