# Uncaught NameError.
def compute():
    total = 0
    for i in range(3):
        total += i
    return grand_sum_of_values
print("computing")
compute()
