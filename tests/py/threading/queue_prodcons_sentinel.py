# Producer/consumer with a sentinel to stop the consumer.
import queue
import threading

STOP = object()
q = queue.Queue(maxsize=5)
consumed = []


def producer():
    for word in "the quick brown fox jumps over the lazy dog".split():
        q.put(word)
    q.put(STOP)


def consumer():
    while True:
        item = q.get()
        if item is STOP:
            consumed.append("<stop>")
            break
        consumed.append(item.upper())


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(consumed)  # a single consumer keeps FIFO order
print(q.empty())

# several consumers, one sentinel each
q2 = queue.Queue()
out = []
lock = threading.Lock()


def consumer2(cid):
    n = 0
    while True:
        item = q2.get()
        if item is None:
            with lock:
                out.append(("exit", n > -1))
            return
        n += 1
        with lock:
            out.append(("item", item))


cs = [threading.Thread(target=consumer2, args=(i,)) for i in range(3)]
for c in cs:
    c.start()
for i in range(30):
    q2.put(i)
for _ in cs:
    q2.put(None)
for c in cs:
    c.join()
items = sorted(v for k, v in out if k == "item")
print(items == list(range(30)), sum(1 for k, _ in out if k == "exit"))
