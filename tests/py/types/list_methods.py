# list methods.
L = [3, 1, 4, 1, 5, 9, 2, 6]
L.append(5); print(L)
L.extend([3, 5]); print(L)
L.insert(0, 0); L.insert(100, 100); L.insert(-1, -1); print(L)
print(L.pop(), L.pop(0), L.pop(-2), L)
L.remove(1); print(L)
print(L.index(5), L.index(5, 5), L.count(5), L.count(42))
L.reverse(); print(L)
L.sort(); print(L)
L.sort(reverse=True); print(L)
C = L.copy(); C.append("copy"); print(L, C)
L.clear(); print(L, len(L))
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1, 2][5]]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
M = [1, 2] * 3 + [7]
print(M, M[::2], len(M), M.count(1), min(M), max(M), sum(M))
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 1
alias = [[0] * 3] * 2
alias[0][0] = 1
print(nested, alias)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 3], [2] > [1, 99], list("abc"), list(range(3)), list())
print(repr([1, "a", None, [2.5]]), str(["x"]))
S = [1, 2, 3]
S[1] = [4, 5]
print(S, S[1][0])
r = [1]
r.append(r)
print(r)
