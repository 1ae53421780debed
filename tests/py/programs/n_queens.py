# N-queens: count solutions and print the first board for several sizes.
def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)
    place(0)
    return solutions
for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols), sols[0] if sols else None)
first = solve(8)[0]
for r, c in enumerate(first):
    print(" ".join("Q" if i == c else "." for i in range(8)))
def is_valid(sol):
    n = len(sol)
    return all(sol[i] != sol[j] and abs(sol[i] - sol[j]) != j - i for i in range(n) for j in range(i + 1, n))
print(all(is_valid(s) for s in solve(6)), len({tuple(s) for s in solve(7)}))
