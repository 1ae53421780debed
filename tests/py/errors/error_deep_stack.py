# An uncaught exception from deep in a call chain.
def level(n):
    if n == 0:
        raise LookupError(f"bottom reached after {depth} levels")
    return level(n - 1)
depth = 25
print("descending")
level(depth)
