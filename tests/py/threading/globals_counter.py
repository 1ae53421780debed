# Globals: incremented under a Lock, rebound in a worker, created by a worker, read in workers.
import threading

counter = 0
config = {"step": 1}
lock = threading.Lock()
status = "initial"


def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += config["step"]


def rebind():
    global status, config
    status = "rebound by " + threading.current_thread().name
    config = {"step": 2}


def create():
    global created_in_thread
    created_in_thread = [1, 2, 3]


def reader(out):
    out.append((status, config["step"], counter))


threads = [threading.Thread(target=work, args=(1000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

t = threading.Thread(target=rebind, name="rebinder")
t.start()
t.join()
print(status, config)

threads = [threading.Thread(target=work, args=(500,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

t = threading.Thread(target=create)
t.start()
t.join()
print("created", created_in_thread, "created_in_thread" in globals())

seen = []
t = threading.Thread(target=reader, args=(seen,))
t.start()
t.join()
print(seen)


def deleter():
    global status
    del status


t = threading.Thread(target=deleter)
t.start()
t.join()
try:
    print(status)
except NameError as e:
    print(type(e).__name__, e)
