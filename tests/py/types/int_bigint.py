# Arbitrary-precision integers.
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, b // 12345, b % 12345)
print(-a // 7, -a % 7, a // -7, a % -7, divmod(-b, 1000003))
print(a ** 3)
print(pow(b, 3, 10 ** 9 + 7), pow(3, 10 ** 6, 10 ** 12))
print(a & b, a | b, a ^ b, ~a)
print(a >> 150, b >> 3, a << 20, -b >> 7)
print(int("9" * 60) + 1, str(10 ** 50 - 1), len(str(3 ** 1000)))
f = 1
for i in range(1, 61):
    f *= i
print(f)
print(f // (2 ** 56), f % (10 ** 20))
print(a == 2 ** 200, a < b, a > -b, max(a, b) == b, min(-a, -b) == -b)
print(float(a), float(b), a / b, b / a, a / 3)
print(hex(a), oct(b)[:30], bin(2 ** 70 + 1))
print(abs(-a) == a, -(-a) == a, a * 0, a * -1 + a)
n = 1
for _ in range(10):
    n = n * 1000003 + 12345
print(n, n % 97, n.bit_length())
print(int(1e30), int(-1.5e25), 10 ** 30 == int(1e30))
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 40)
print((2 ** 64 - 1) * (2 ** 64 + 1) == 2 ** 128 - 1)
print(divmod(10 ** 40 + 7, 10 ** 20 + 3))
