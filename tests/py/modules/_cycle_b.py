print("start _cycle_b")
import _cycle_a
B_VALUE = "b"
def use_a():
    return _cycle_a.A_VALUE
print("end _cycle_b, _cycle_a has A_VALUE:", hasattr(_cycle_a, "A_VALUE"))
