# Object-oriented code: method calls, attribute access, small objects, inheritance, properties.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
class Particle:
    def __init__(self, i):
        self.pos = Vec(i % 17, i % 23)
        self.vel = Vec((i % 5) - 2, (i % 7) - 3)
        self.hits = 0
    def step(self, bound):
        self.pos = self.pos.add(self.vel)
        if not 0 <= self.pos.x <= bound:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.hits += 1
        if not 0 <= self.pos.y <= bound:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.hits += 1
    @property
    def energy(self):
        return self.vel.dot(self.vel)
class Heavy(Particle):
    def step(self, bound):
        Particle.step(self, bound)
        self.vel = self.vel.scale(1)
class Counter:
    def __init__(self):
        self.count = 0
    def inc(self, by=1):
        self.count += by
        return self
particles = [Particle(i) if i % 3 else Heavy(i) for i in range(300)]
counter = Counter()
for _ in range(6000):
    for p in particles:
        p.step(100)
        counter.inc().inc(2)
print("hits", sum(p.hits for p in particles), "energy", sum(p.energy for p in particles), "count", counter.count)
