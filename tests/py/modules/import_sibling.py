# Importing a sibling module: executed once, attributes, module state.
import _helper
print(_helper.CONSTANT, _helper.greet("world"), _helper.Thing(3))
import _helper
import _helper as h
print(h is _helper, h.bump(), _helper.bump(), _helper.counter)
from _helper import greet, CONSTANT as C, Thing
print(greet("again"), C, Thing(1))
print(_helper.__name__, type(_helper).__name__, "greet" in dir(_helper))
print(_helper.__doc__)
import sys
print("_helper" in sys.modules, sys.modules["_helper"] is _helper)
