# Imaginary and complex literals.
print(1j, 2J, 1.5j, 0j, 1e3j, 1_0j, .5j)
print(3 + 4j, 3 - 4j, -1j, (1+2j) * 1j)
print(type(1j).__name__, (2+3j).real, (2+3j).imag)
print(repr(1 + 0j), repr(-0j), repr(0j + 0), complex(1, -0.0))
print(abs(3 + 4j), (1 + 1j) ** 2, (1+2j).conjugate())
print(1j == complex(0, 1), 1 + 0j == 1)
