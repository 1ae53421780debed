# Lazy-loading proxy objects: __getattr__ fallback, computed properties, attribute caching.
class LazyRecord:
    loads = 0

    def __init__(self, key, source):
        self._key = key
        self._source = source
        self._data = None

    def _load(self):
        if self._data is None:
            LazyRecord.loads += 1
            self._data = dict(self._source[self._key])
        return self._data

    @property
    def display_name(self):
        data = self._load()
        if "first" not in data:
            raise AttributeError("display_name needs 'first'")
        return f"{data['first']} {data.get('last', '')}".strip()

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        data = self._load()
        if name in data:
            return data[name]
        return f"<no {name}>"

    def __repr__(self):
        return f"LazyRecord({self._key!r}, loaded={self._data is not None})"


DB = {
    "u1": {"first": "Grace", "last": "Hopper", "born": 1906},
    "u2": {"first": "Alan", "born": 1912},
    "u3": {"handle": "anon"},
}
records = [LazyRecord(k, DB) for k in sorted(DB)]
print(records, LazyRecord.loads)
for r in records:
    print(r.born, r.handle, LazyRecord.loads)
print(records)
for r in records:
    print(repr(r.display_name))
print(getattr(records[2], "display_name", "fallback"))


class Cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Report:
    computed = 0

    def __init__(self, rows):
        self.rows = rows

    @Cached
    def total(self):
        Report.computed += 1
        return sum(self.rows)


rep = Report([1, 2, 3])
print(rep.total, rep.total, Report.computed, "total" in vars(rep), type(Report.total).__name__)
