# while loops with break, continue and else.
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print("even", i)
else:
    print("not reached")
print("after", i)
n = 3
while n:
    n -= 1
    print("countdown", n)
else:
    print("else runs when loop ends normally")
k = 0
while True:
    k += 1
    if k == 4:
        break
print(k)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
