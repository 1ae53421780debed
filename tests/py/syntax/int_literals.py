# Integer literals in every base, with underscores.
print(0, 7, 1_000_000, 0b1010, 0B11, 0o17, 0O777, 0x1F, 0XdeadBEEF)
print(0b_1111_0000, 0o_7_7, 0x_ff_ff, 1_2_3)
print(00, 0_0, -0, +5, -0x10)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(0b1 << 100)
print(type(10), type(0x10))
print(1_0 + 0b1_0 + 0o1_0 + 0x1_0)
print(9999999999999999999 + 1)
print(-9223372036854775808, 9223372036854775807, 9223372036854775808)
x = 2**63
print(x, x - 1, -x, -x - 1)
