# Imports inside functions are local names; module is cached.
def use_math():
    import math
    return math.sqrt(81)
print(use_math())
try:
    math.sqrt(4)
except NameError as e:
    print("NameError:", e)
def use_helper():
    from _helper import bump
    return bump()
print(use_helper(), use_helper())
import _helper
print(_helper.counter)
def conditional(flag):
    if flag:
        import math as m
    else:
        import sys as m
    return m.__name__
print(conditional(True), conditional(False))
