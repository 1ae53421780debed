# sys.exit(3) in the main thread: the exit status is kept, non-daemon threads finish first.
import sys
import threading
import time

go = threading.Event()


def worker(n):
    go.wait()
    time.sleep(0.01 * n)
    print("worker", n, "done")


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 3)]
for t in threads:
    t.start()
print("main calls sys.exit(3)")
go.set()
sys.exit(3)
