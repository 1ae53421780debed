# threading.enumerate() / active_count() in a controlled state.
import threading

print(threading.active_count(), [t.name for t in threading.enumerate()])
release = threading.Event()
started = []
lock = threading.Lock()


def blocked():
    with lock:
        started.append(threading.current_thread().name)
    release.wait()


threads = [threading.Thread(target=blocked, name=f"blk-{i}") for i in range(3)]
print("not started:", threading.active_count(), any(t in threading.enumerate() for t in threads))
for t in threads:
    t.start()
while len(started) < 3:
    threading.Event().wait(0.001)
print("running:", threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads), threading.main_thread() in threading.enumerate())
release.set()
for t in threads:
    t.join()
print("joined:", threading.active_count(), [t.name for t in threading.enumerate()])
seen = []
t = threading.Thread(target=lambda: seen.append((threading.active_count(), sorted(x.name for x in threading.enumerate()))), name="inner")
t.start()
t.join()
print(seen)
print(threading.active_count())
