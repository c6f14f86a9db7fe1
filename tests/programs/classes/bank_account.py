class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    interest = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)

class Savings(Account):
    interest = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("withdrawal limit reached")
        return super().withdraw(amount)

a = Account("ann", 100)
a.deposit(50).withdraw(30)
print(a, a.balance, a.history)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available)
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
try:
    a.balance = 5
except AttributeError as e:
    print("error:", e)
s = Savings("bob", 1000)
s.apply_interest()
print(s, s.interest, Account.interest)
s.withdraw(10); s.withdraw(10)
try:
    s.withdraw(10)
except RuntimeError as e:
    print("error:", e)
accounts = {a: "a", s: "s"}
print(accounts[a], a == a, a == s, a != s, a == 5)
print(sorted([s, a], key=lambda x: x.balance))
print(isinstance(s, Account), issubclass(Savings, Account), Savings.__mro__[1].__name__)
