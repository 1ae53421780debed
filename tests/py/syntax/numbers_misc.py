# Mixed numeric literal behaviour and constant folding.
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7 / 2, -7 / 2)
print(1e3 == 1000, 0.5 == 1/2, 1_000 == 1000)
print(0x10 + 0o10 + 0b10 + 10)
print(True + True, True * 10, False - 1)
print(10 ** 20, 10 ** -2, 2 ** 0.5, 4 ** 0.5, (-8) ** 2)
print(1 / 4, 3 / 4, 1 / 8, 2 / 3)
