# threading.Event: set/clear/is_set/wait with and without timeout.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set(), e.wait(0.001))

go = threading.Event()
arrived = []
lock = threading.Lock()
ready = [threading.Event() for _ in range(4)]


def waiter(i):
    ready[i].set()
    r = go.wait()
    with lock:
        arrived.append((i, r))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for r in ready:
    r.wait()
print("before set:", arrived, [t.is_alive() for t in threads])
go.set()
for t in threads:
    t.join()
print("after set:", sorted(arrived))

# ping-pong between two threads
ping, pong = threading.Event(), threading.Event()
trace = []


def ponger():
    for i in range(3):
        ping.wait()
        ping.clear()
        trace.append(f"pong {i}")
        pong.set()


t = threading.Thread(target=ponger)
t.start()
for i in range(3):
    trace.append(f"ping {i}")
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)

# wait with timeout in a thread that is never woken
res = []
t = threading.Thread(target=lambda: res.append(threading.Event().wait(0.02)))
t.start()
t.join()
print(res)
