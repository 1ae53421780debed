# A connection pool that hands out connections via generators; cleanup happens in finally blocks.
class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.queries = 0

    def query(self, sql):
        self.queries += 1
        return f"conn{self.cid}: {sql.upper()}"


class Pool:
    def __init__(self, size):
        self.free = [Connection(i) for i in range(size)]
        self.events = []

    def lease(self, who):
        if not self.free:
            raise RuntimeError(f"pool exhausted for {who}")
        conn = self.free.pop(0)
        self.events.append(f"lease {conn.cid} -> {who}")
        try:
            yield conn
        finally:
            self.events.append(f"return {conn.cid} <- {who}")
            self.free.append(conn)

    def results(self, who, sqls):
        for conn in self.lease(who):
            for sql in sqls:
                yield conn.query(sql)


pool = Pool(2)
for row in pool.results("reporter", ["select 1", "select 2", "select 3"]):
    print(row)
    if row.endswith("2"):
        break
print(pool.events, len(pool.free))

gen = pool.results("analyst", ["a", "b"])
print(next(gen))
del gen
print(pool.events[-1], len(pool.free))

gen = pool.results("batch", ["x"])
print(next(gen))
gen = None
print(pool.events[-1], len(pool.free))


def run_job(name):
    g = pool.results(name, ["job"])
    return next(g)


print(run_job("job1"), pool.events[-1])
held = [pool.results(f"h{i}", ["q"]) for i in range(3)]
print(next(held[0]), next(held[1]))
try:
    next(held[2])
except RuntimeError as e:
    print("RuntimeError:", e)
held.clear()
print(pool.events[-3:], sorted(c.cid for c in pool.free))
print(sum(c.queries for c in pool.free))
