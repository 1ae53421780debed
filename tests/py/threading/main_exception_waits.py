# An uncaught exception in the main thread: traceback and exit 1, but non-daemon threads
# still run to completion first.
import threading
import time

go = threading.Event()


def worker():
    go.wait()
    time.sleep(0.02)
    print("worker finished after main raised")


threading.Thread(target=worker).start()
print("main about to fail")
go.set()
raise RuntimeError("main thread failed")
