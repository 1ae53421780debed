# Bounded buffer producer/consumer built from a Condition.
import threading

CAP = 3
buf = []
cond = threading.Condition()
consumed = []
max_seen = [0]


def producer(start, n):
    for i in range(start, start + n):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(i)
            max_seen[0] = max(max_seen[0], len(buf))
            cond.notify_all()
    with cond:
        buf.append(None)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buf)
            item = buf.pop(0)
            cond.notify_all()
        if item is None:
            return
        consumed.append(item * item)


producers = [threading.Thread(target=producer, args=(k * 100, 50)) for k in range(2)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in consumers + producers:
    t.start()
for t in producers + consumers:
    t.join()
print(len(consumed), sum(consumed))
print(sum(i * i for k in range(2) for i in range(k * 100, k * 100 + 50)))
print("buffer never exceeded capacity:", max_seen[0] <= CAP, "left:", buf)
