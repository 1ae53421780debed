# Big integer arithmetic: pidigits spigot, factorials, and powers.
def pidigits(n):
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits
d = pidigits(5000)
print("pi", "".join(map(str, d[:30])), sum(d))
f = 1
for i in range(1, 6001):
    f *= i
print("6000! bits", f.bit_length(), f % 1000000007, len(str(f % 10 ** 4000)))
p = pow(3, 20000) * pow(7, 9000)
print("power", p.bit_length(), p % 998244353, (p // (10 ** 4000)) % 10 ** 9)
