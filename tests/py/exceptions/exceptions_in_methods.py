# Exceptions crossing method calls, __init__ failures, and __del__-free cleanup.
class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError(f"negative opening balance for {owner}")
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance
accounts = []
for owner, bal in [("ann", 100), ("bob", -5), ("cy", 20)]:
    try:
        accounts.append(Account(owner, bal))
    except ValueError as e:
        print("ValueError:", e)
print([a.owner for a in accounts])
for a in accounts:
    for amount in (30, 60):
        try:
            print(a.owner, "left", a.withdraw(amount))
        except RuntimeError as e:
            print(a.owner, "RuntimeError:", e)
class Fragile:
    def __getitem__(self, i):
        raise LookupError(f"no item {i}")
try:
    for x in Fragile():
        pass
except LookupError as e:
    print("LookupError:", e)
class BadIter:
    def __iter__(self):
        raise TypeError("iteration refused")
try:
    list(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
Account("dan", 5).withdraw(10)
