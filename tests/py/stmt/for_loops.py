# for loops over many iterables, with else/break/continue.
for c in "abc":
    print(c, end=" ")
print()
for i in range(2, 20, 5):
    print(i, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
for i, v in enumerate(["a", "b"], start=1):
    print(i, v)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
total = 0
for row in [[1, 2], [3, 4]]:
    for val in row:
        total += val
print(total)
for i in range(3):
    pass
print("loop var survives:", i)
L = [1, 2, 3]
for x in L:
    if x == 1:
        L.append(4)
    print("iter", x)
