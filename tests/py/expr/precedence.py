# Operator precedence and associativity.
print(2 + 3 * 4 ** 2 // 5 % 3)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1)
print(1 < 2 == 2 > 1, 1 + 2 if 0 else 3 + 4, (1 + 2) if 0 else 3)
print(True or False and False, (True or False) and False)
print(0 or "" or [] or "last", 1 and 2 and 3, 1 and 0 and 3, None or 0)
print(- - 3, - + - 3, ~ ~ 5, not not [])
print(2 * 3 % 4, 2 * (3 % 4), 10 - 4 - 3, 10 - (4 - 3), 2 ** 3 ** 2, (2 ** 3) ** 2)
print(100 / 10 / 5, 100 / (10 / 5), 7 // 2 * 2, 7 // (2 * 2))
x = 5
print(x > 3 and x < 10 or x == 0, (lambda: 0 if x else 1)())
