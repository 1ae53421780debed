# Stress: 200 threads alive at once, each appending to a shared list.
import threading

shared = []
go = threading.Event()
PER = 50


def worker(i):
    go.wait()
    for j in range(PER):
        shared.append(i * PER + j)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(200)]
for t in threads:
    t.start()
print("alive before go:", sum(t.is_alive() for t in threads), threading.active_count())
go.set()
for t in threads:
    t.join()
print(len(shared), sorted(shared) == list(range(200 * PER)), threading.active_count())

# 200 short-lived threads started and joined one after another
count = [0]
lock = threading.Lock()


def inc():
    with lock:
        count[0] += 1


for _ in range(200):
    t = threading.Thread(target=inc)
    t.start()
    t.join()
print(count[0])
