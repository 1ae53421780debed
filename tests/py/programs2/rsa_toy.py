# Toy RSA with big integers: primality testing, modular inverse, encryption of text blocks.
def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n += 1 + (n % 2 == 0) if n % 2 == 0 else 2
    while not is_probable_prime(n):
        n += 2
    return n


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


p = next_prime(10 ** 40 + 12345)
q = next_prime(3 ** 90)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "d*e mod phi:", d * e % phi, "pow check:", pow(e, -1, phi) == d)
msg = "Attack at dawn! Ünïcode ok."
data = msg.encode()
block = (n.bit_length() - 1) // 8
blocks = [int.from_bytes(data[i:i + block], "big") for i in range(0, len(data), block)]
cipher = [pow(m, e, n) for m in blocks]
print("blocks:", len(blocks), [len(str(c)) for c in cipher])
plain = b"".join(pow(c, d, n).to_bytes(len(data[i * block:(i + 1) * block]), "big") for i, c in enumerate(cipher))
print(plain.decode(), plain == data)
print([x for x in range(90, 130) if is_probable_prime(x)], is_probable_prime(2 ** 89 - 1), is_probable_prime(2 ** 89 + 1))
print(egcd(240, 46), modinv(17, 3120), sum(int(c) for c in str(2 ** 1000)), len(str(3 ** 2000)))
fact = 1
for i in range(1, 101):
    fact *= i
print(str(fact)[:30], len(str(fact)), str(fact).rstrip("0")[-10:], fact % (10 ** 9 + 7))
print(modinv(6, 9))
