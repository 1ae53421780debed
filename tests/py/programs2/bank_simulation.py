# Bank simulation with transactions, interest, overdraft exceptions, and a final report.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account, self.amount = account, amount
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance is {account.balance:.2f}")


class Account:
    _next_id = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft_limit():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def overdraft_limit(self):
        return 0

    def month_end(self):
        interest = round(self.balance * self.interest_rate / 12, 2)
        if interest:
            self.balance = round(self.balance + interest, 2)
            self.history.append(("int", interest))

    def __str__(self):
        return f"#{self.id} {self.owner:<8} {type(self).__name__:<9} {self.balance:>12,.2f}"


class Savings(Account):
    interest_rate = 0.05


class Checking(Account):
    def overdraft_limit(self):
        return 100


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, initial=0):
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Savings, "alice", 1500)
bob = bank.open(Checking, "bob", 200)
carol = bank.open(Account, "carol")
ops = [("transfer", 1000, 1001, 300), ("transfer", 1001, 1002, 550), ("transfer", 1001, 1002, 100),
       ("deposit", 1002, 0), ("transfer", 1002, 1000, 1e3), ("withdraw", 1000, 1234.567),
       ("transfer", 1000, 9999, 1), ("deposit", 1001, 75.5)]
for op, *args in ops:
    try:
        if op == "transfer":
            bank.transfer(*args)
        elif op == "deposit":
            bank.accounts[args[0]].deposit(args[1])
        else:
            bank.accounts[args[0]].withdraw(args[1])
        print(f"ok   {op} {args}")
    except InsufficientFunds as e:
        print(f"FAIL {op}: {e} (short by {e.amount - e.account.balance:.2f})")
    except (ValueError, KeyError) as e:
        print(f"ERR  {op}: {type(e).__name__} {e}")
for month in range(1, 4):
    for acct in bank.accounts.values():
        acct.month_end()
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(acct)
print(f"{'TOTAL':<30}{bank.total():>12,.2f}")
print(alice.history)
print([h for h in bob.history if h[0] == "wd"], len(carol.history))
summary = {a.owner: {k: sum(v for t, v in a.history if t == k) for k in ("dep", "wd", "int")}
           for a in bank.accounts.values()}
print(summary)
bob.withdraw(10_000)
