# super() in various forms.
class A:
    def __init__(self):
        print("A.__init__")
        self.a = 1
    def greet(self, x):
        return f"A.greet({x})"
    @classmethod
    def create(cls):
        return f"A.create for {cls.__name__}"
class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        self.b = 2
        print("B.__init__ end")
    def greet(self, x):
        return "B+" + super().greet(x)
    @classmethod
    def create(cls):
        return "B:" + super().create()
class C(B):
    def greet(self, x):
        return "C+" + super(B, self).greet(x) + " | " + super(C, self).greet(x)
c = C()
print(c.a, c.b, c.greet(7), C.create(), B.create())
class Mixin:
    def describe(self):
        return "Mixin>" + super().describe()
class Core:
    def describe(self):
        return "Core"
class Combined(Mixin, Core):
    pass
print(Combined().describe())
class WithStatic(A):
    @staticmethod
    def helper():
        return "static"
    def use(self):
        return super().greet(self.helper())
print(WithStatic().use())
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubCounter(Counter):
    def __init__(self):
        super().__init__()
SubCounter(); SubCounter(); Counter()
print(Counter.count, SubCounter.count)
