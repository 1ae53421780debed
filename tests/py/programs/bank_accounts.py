# A bank simulation with classes, inheritance, exceptions and a transaction log.
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner}: balance {self._balance}, requested {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        pass
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self._balance})"
class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = round(self._balance * self.rate / 12, 2)
        self._balance = round(self._balance + interest, 2)
        self.history.append(("interest", interest))
class Checking(Account):
    fee = 1.5
    overdraft = 100
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(f"{self.owner}: overdraft limit exceeded")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        self._balance -= self.fee
        self.history.append(("fee", self.fee))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, kind, owner, balance=0):
        acct = kind(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("  transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)
bank = Bank()
a = bank.open(Savings, "alice", 1000)
b = bank.open(Checking, "bob", 50)
c = bank.open(Account, "carol")
print(a, b, c)
print(bank.transfer(a.id, b.id, 200), bank.transfer(b.id, c.id, 300), bank.transfer(b.id, c.id, 100))
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(1, 4):
    for acct in bank.accounts.values():
        acct.month_end()
    print("month", month, [acct.balance for acct in bank.accounts.values()], bank.total())
for acct in sorted(bank.accounts.values(), key=lambda x: x.balance, reverse=True):
    print(acct, acct.history)
