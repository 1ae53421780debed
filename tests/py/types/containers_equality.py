# Nested container equality, copying and identity.
a = [1, [2, 3], {"k": (4, 5)}]
b = [1, [2, 3], {"k": (4, 5)}]
print(a == b, a is b, a[1] == b[1], a[1] is b[1])
c = a[:]
print(c == a, c is a, c[1] is a[1])
c[1].append(99)
print(a)
deep = [list(x) if isinstance(x, list) else x for x in a]
deep[1].append(100)
print(a[1], deep[1])
print([[]] * 3 == [[], [], []], [1, 2, 3] != [1, 2], (1, [2]) == (1, [2]))
print({1: [1, 2]} == {1: [1, 2]}, {1: {2: {3: 4}}} == {1: {2: {3: 4}}}, [1.0] == [1], ["a"] == ["a "])
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
print(max([[1, 2], [1, 3], [0, 9]]), min(["b", "ab", "abc"]), sorted([[3], [1, 2], [1]]))
