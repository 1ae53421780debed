# from module import * with and without __all__.
from _star import *
print(public_a, _semi_private)
try:
    print(public_b)
except NameError as e:
    print("NameError:", e)
from _star_noall import *
print(visible, also_visible, func())
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
import _star
print(_star.public_b, _star._hidden)
