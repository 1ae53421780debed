# Cooperative multiple inheritance with super() in a diamond, plus mixins.
class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        if kwargs:
            raise TypeError(f"unexpected kwargs {sorted(kwargs)}")

    def describe(self):
        return "Base"

    def save(self):
        return ["Base.save"]


class Timestamped(Base):
    def __init__(self, *, ts=0, **kwargs):
        super().__init__(**kwargs)
        self.ts = ts
        self.log.append("Timestamped")

    def describe(self):
        return f"Timestamped({self.ts}) <- " + super().describe()

    def save(self):
        return ["Timestamped.save"] + super().save()


class Owned(Base):
    def __init__(self, *, owner="nobody", **kwargs):
        super().__init__(**kwargs)
        self.owner = owner
        self.log.append("Owned")

    def describe(self):
        return f"Owned({self.owner}) <- " + super().describe()

    def save(self):
        return ["Owned.save"] + super().save()


class Document(Timestamped, Owned):
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title
        self.log.append("Document")

    def describe(self):
        return f"Document({self.title!r}) <- " + super().describe()

    def save(self):
        return ["Document.save"] + super(Document, self).save()


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()) if k != "log")
        return f"{type(self).__name__}({fields})"


class Report(ReprMixin, Document):
    def describe(self):
        parent = super().describe()
        return "Report <- " + parent


d = Document("spec", ts=5, owner="ann")
print(d.log)
print(d.describe())
print(d.save())
print([c.__name__ for c in Document.__mro__])
r = Report("q3", owner="bob")
print(r)
print(r.describe())
print([c.__name__ for c in Report.mro()])
print(isinstance(r, Owned), issubclass(Report, ReprMixin), issubclass(Owned, Timestamped))
print(super(Timestamped, d).describe())
print(Owned.describe(d))


class Meta(type):
    pass


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), B.who(D()), C().who())


class Left:
    @classmethod
    def make(cls):
        return f"Left.make({cls.__name__})"


class Right(Left):
    @classmethod
    def make(cls):
        return "Right+" + super().make()


print(Right.make(), Right().make())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
Document("x", color="red")
