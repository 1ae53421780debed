# Container displays.
print([], [1], [1, 2,], (), (1,), (1, 2), {}, {1: 2}, {'a': [1, (2, 3)]})
print(sorted({3, 1, 2}), type({1}).__name__, type(()).__name__)
print([*range(3), *"ab"], (*[1, 2], 3), {**{'a': 1}, 'b': 2, **{'a': 3}})
print(sorted({*range(3), *(5, 6)}))
print([[1, 2], [3, [4, [5]]]], ((),), [()], ((1,),))
print({1: 'a', 1.0: 'b', True: 'c'})
print({(1, 2): 'tuple key', 3: None})
print(..., Ellipsis, type(...).__name__)
