# divmod, pow (2- and 3-arg), round.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (0, 3), (10 ** 20, 7)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(4, 0.5), pow(0, 0), pow(10, 20))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(7, -1, 13), pow(-3, 3, 7), pow(5, 0, 1), pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(base=2, exp=5), pow(2, 5, mod=7))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.125, 2), round(7))
