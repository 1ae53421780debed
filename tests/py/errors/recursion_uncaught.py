# Infinite recursion propagates as RecursionError.
import sys
print("limit is positive:", sys.getrecursionlimit() > 0)
def forever(n):
    return forever(n + 1) + 1
forever(0)
