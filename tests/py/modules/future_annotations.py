from __future__ import annotations
def f(x: Undefined) -> int: return 1
print(f.__annotations__, f(2))
import __future__
print("annotations" in __future__.all_feature_names)
