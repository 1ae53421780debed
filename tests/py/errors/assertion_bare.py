# Uncaught AssertionError without a message: the last stderr line is just the type.
def mean(xs):
    assert len(xs) > 0
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
print(mean([]))
