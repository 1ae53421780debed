# Float literals: exponents, underscores, leading/trailing dots.
vals = [1.0, 1., .5, 0.0, -0.0, 1e10, 1E10, 1e-10, 1.5e+3, 3.14_15, 1_000.000_1,
        1e308, 1e-308, 2.5e-3, 6.02e23, 0e0, 00.5, 1_0e1_0]
for v in vals:
    print(repr(v), str(v), type(v).__name__)
print(1e16, 1e15, 123456789.0, 1234567890123456789.0)
print(0.1, 0.2, 0.3, 1/3, 2/3, 10/3)
print(1e22, 1e21, 1e-4, 1e-5, 0.0001, 0.00001)
