# Augmented assignment on names, attributes, subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 0b1000; print(x)
x &= 0b1110; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
s = "ab"; s += "cd"; s *= 2; print(s)
L = [1]; alias = L; L += [2, 3]; print(L, alias, L is alias)
T = (1,); talias = T; T += (2,); print(T, talias, T is talias)
d = {"k": 1}; d["k"] += 10; print(d)
class O: pass
o = O(); o.n = 1; o.n += 1; print(o.n)
M = [[0, 0], [0, 0]]; M[1][0] -= 5; print(M)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
