# Uncaught ZeroDivisionError after some output.
values = [4, 2, 1, 0]
for v in values:
    print("100 /", v, "=", 100 / v)
