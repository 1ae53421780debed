# Integer loops and arithmetic: nested loops, modulo, bit ops, accumulation.
def collatz_steps(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        x, steps = n, 0
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best
def checksum(n):
    acc = 0
    for i in range(n):
        for j in range(0, 30, 3):
            acc = (acc * 31 + (i ^ j) + (i & 7) - (j >> 1)) % 1000000007
    return acc
print("collatz", collatz_steps(150000))
print("checksum", checksum(170000))
