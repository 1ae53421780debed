# A mix: sum of floats, round to ndigits, abs on various, divmod of floats, pow with floats.
vals = [0.1, 0.2, 0.3, 0.4]
print(sum(vals), round(sum(vals), 10), sum(vals) == 1.0)
print(round(1.23456, 3), round(-1.5), round(1e20), round(123.456, -1), round(5, -1), round(15, -1))
print(divmod(5.5, 1.5), divmod(-5.5, 1.5), pow(2.5, 2), pow(-2, 2), pow(2, 0.5))
print(abs(-1e-300), abs(float("-inf")), abs(-10 ** 30))
print(min(range(5), key=lambda x: (x - 2) ** 2), max(range(5), key=lambda x: -(x - 3) ** 2))
