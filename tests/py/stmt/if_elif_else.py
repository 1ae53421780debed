# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = []
if x:
    print("nonempty")
else:
    print("empty")
if not x and len(x) == 0:
    print("both")
if 0:
    pass
elif "":
    pass
else:
    print("fell through")
