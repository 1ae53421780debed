# An exception raised while importing a module propagates; the module is not left in sys.modules.
import sys
try:
    import _raises
except ValueError as e:
    print("ValueError:", e)
print("_raises" in sys.modules)
try:
    import _raises
except ValueError as e:
    print("second import runs it again:", e)
import _raises
