print("loading", __name__)
def describe(obj):
    return f"{type(obj).__name__} with power {obj.power}"
def double(x):
    return x * 2
