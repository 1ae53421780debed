# complex numbers.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, +z)
print(z.real, z.imag, z.conjugate(), abs(z), z == complex(3, 4), z != w)
print(z ** 2, z ** 0, (1j) ** 2, 2 ** (1j * 0))
print(complex("1+2j"), complex("3"), complex("-1.5j"), complex(" 2-3j "), complex(2), complex(1.5, 0))
print(repr(complex(0, 0)), repr(complex(-0.0, 0)), repr(complex(1, 0)), repr(1j * 1j), repr(-1j))
print(complex(float("inf"), 1), complex(0, float("nan")))
print(1 + 2j == 1 + 2j, (1 + 0j) == 1, hash(1 + 0j) == hash(1))
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("bad")
except ValueError as e:
    print("ValueError:", e)
print(type(z).__name__, isinstance(z, complex), complex(True, False))
print((2+3j) * (2-3j), (1+1j) / (1-1j), 1 / 1j, 5 * 1j - 1)
