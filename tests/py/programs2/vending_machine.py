# Vending machine state machine with class-level state constants and transition table.
class State:
    IDLE = "idle"
    HAS_MONEY = "has_money"
    DISPENSING = "dispensing"
    OUT_OF_ORDER = "out_of_order"


class VendingError(Exception):
    pass


class Machine:
    PRICES = {"A1": 125, "A2": 90, "B1": 200}
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = State.IDLE
        self.credit = 0
        self.bank = 0
        self.log = []

    def _go(self, new):
        self.log.append(f"{self.state}->{new}")
        self.state = new

    def insert(self, coin):
        if self.state == State.OUT_OF_ORDER:
            raise VendingError("machine out of order")
        if coin not in self.COINS:
            raise VendingError(f"rejected coin {coin}")
        self.credit += coin
        if self.state == State.IDLE:
            self._go(State.HAS_MONEY)

    def select(self, code):
        if self.state != State.HAS_MONEY:
            raise VendingError(f"cannot select in state {self.state}")
        price = self.PRICES.get(code)
        if price is None:
            raise VendingError(f"unknown product {code!r}")
        if self.stock.get(code, 0) == 0:
            raise VendingError(f"{code} sold out")
        if self.credit < price:
            raise VendingError(f"insert {price - self.credit} more")
        self._go(State.DISPENSING)
        self.stock[code] -= 1
        self.bank += price
        change = self._change(self.credit - price)
        self.credit = 0
        self._go(State.IDLE)
        if not any(self.stock.values()):
            self._go(State.OUT_OF_ORDER)
        return code, change

    def _change(self, amount):
        coins = []
        for c in self.COINS:
            n, amount = divmod(amount, c)
            coins.extend([c] * n)
        return coins

    def refund(self):
        coins, self.credit = self._change(self.credit), 0
        if self.state == State.HAS_MONEY:
            self._go(State.IDLE)
        return coins


m = Machine({"A1": 2, "A2": 1, "B1": 0})
actions = [("select", "A1"), ("insert", 100), ("insert", 3), ("select", "A1"), ("insert", 50),
           ("select", "Z9"), ("select", "B1"), ("select", "A1"), ("insert", 200), ("refund",),
           ("insert", 100), ("select", "A2"), ("insert", 200), ("select", "A1"), ("insert", 5)]
for action, *args in actions:
    try:
        result = getattr(m, action)(*args)
        print(f"{action:<7}{str(args):<8} ok  -> {result}  credit={m.credit} state={m.state}")
    except VendingError as e:
        print(f"{action:<7}{str(args):<8} ERR -> {e}")
print(m.log)
print(f"bank={m.bank / 100:.2f} stock={m.stock}")
