# assert statements.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
check(-3)
