# Conditional (ternary) expressions.
for x in range(-2, 3):
    print(x, "pos" if x > 0 else "zero" if x == 0 else "neg")
def side(name):
    print("side", name)
    return name
print(side("a") if True else side("b"))
print(side("a") if False else side("b"))
print([x if x % 2 else -x for x in range(6)])
f = (lambda v: v * 2) if 1 else (lambda v: v)
print(f(21))
print((1 if True else 2) + 10, 1 if True else 2 + 10, 1 if False else 2 + 10)
