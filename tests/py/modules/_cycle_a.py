print("start _cycle_a")
import _cycle_b
A_VALUE = "a"
def use_b():
    return _cycle_b.B_VALUE
print("end _cycle_a")
