# Uncaught exception raised as a bare class: last stderr line is only the type name.
def validate(v):
    if v < 0:
        raise ValueError
    return v
print(validate(3))
validate(-1)
