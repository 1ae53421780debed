# A file with a syntax error never runs: nothing is printed.
print("this line is never executed")
values = (1, 2,
print(values)
