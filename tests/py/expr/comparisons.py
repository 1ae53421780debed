# Comparison operators, chaining, identity and membership.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True, 1 != 2 != 1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(0) < v(5), calls)
calls.clear()
print(v(3) > v(4) > v(5), calls)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), 'abc' < 'abd', 'Z' < 'a')
print([] == [], None is None, calls is not None, 'a' in 'cat', 'x' not in 'cat')
print(3 in [1, 2, 3], 4 in (1, 2), 'k' in {'k': 1}, 1 in {1: 'v'}, 2 in range(0, 10, 2))
print(float('nan') == float('nan'), float('nan') != float('nan'), float('inf') > 1e308)
print(1 == 1.0, 1 == 1+0j, 0.5 == 1/2, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53 + 1)
print((1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1}, frozenset([1]) == {1})
x = 5
print(0 < x <= 5, 0 < x < 5, x in range(5), x not in [1, 2])
print(max(3, 1) == 3 == len("abc"), "a" < "b" < "c" < "d")
