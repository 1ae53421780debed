# break/continue in nested loops with flags and else clauses.
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    else:
        continue
    break
print(found)
count = 0
for i in range(5):
    j = 0
    while j < 5:
        j += 1
        if (i + j) % 3 == 0:
            continue
        if j > i:
            break
        count += 1
print(count)
result = []
for a in "xyz":
    for b in "12":
        if a == "y":
            break
        result.append(a + b)
    else:
        result.append(a + "!")
print(result)
