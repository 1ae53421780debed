# Caching and logging property subclasses, classmethod-based factories, and staticmethod helpers.
class cached_property(property):
    def __init__(self, fget):
        super().__init__(fget)
        self.attr = "_cache_" + fget.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if not hasattr(obj, self.attr):
            setattr(obj, self.attr, super().__get__(obj, objtype))
        return getattr(obj, self.attr)


class logged_property(property):
    log = []

    def __get__(self, obj, objtype=None):
        if obj is not None:
            logged_property.log.append(self.fget.__name__)
        return super().__get__(obj, objtype)


class Dataset:
    computations = 0

    def __init__(self, values):
        self.values = list(values)

    @cached_property
    def stats(self):
        Dataset.computations += 1
        n = len(self.values)
        mean = sum(self.values) / n
        var = sum((v - mean) ** 2 for v in self.values) / n
        return {"n": n, "mean": round(mean, 3), "std": round(var ** 0.5, 3)}

    @logged_property
    def total(self):
        return sum(self.values)

    @classmethod
    def from_csv(cls, text):
        return cls(float(x) for x in text.split(","))


d = Dataset.from_csv("1,2,3,4,10")
print(d.stats, d.stats["mean"], Dataset.computations)
print(d.total, d.total, logged_property.log)
print(isinstance(Dataset.stats, property), type(Dataset.__dict__["total"]).__name__)
e = Dataset([5, 5, 5])
print(e.stats, Dataset.computations, sorted(k for k in vars(e)))
