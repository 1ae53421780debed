# An exception escaping a _thread.start_new_thread function is reported as unraisable.
import _thread
import time

finished = _thread.allocate_lock()
finished.acquire()


def boom():
    try:
        raise ValueError("raised in a raw thread")
    finally:
        finished.release()


_thread.start_new_thread(boom, ())
finished.acquire()
# give the thread time to report its exception and exit
time.sleep(0.05)
count = getattr(_thread, "_count", None)
for _ in range(400):
    if count is None or count() == 0:
        break
    time.sleep(0.005)
print("main still running")
