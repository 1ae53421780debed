# is_alive() before/during/after, join(timeout) on a blocked thread.
import threading

release = threading.Event()
entered = threading.Event()


def blocked():
    entered.set()
    release.wait()


t = threading.Thread(target=blocked, name="blocked")
print("before start:", t.is_alive())
t.start()
entered.wait()
print("running:", t.is_alive())
r = t.join(timeout=0.02)
print("join(0.02) returned", r, "still alive:", t.is_alive())
print("join(0) returned", t.join(0), t.is_alive())
release.set()
print("join() returned", t.join(), "alive:", t.is_alive())
print("join again:", t.join(), t.join(0.01))

quick = threading.Thread(target=lambda: None)
quick.start()
quick.join(5)
print("quick done:", quick.is_alive())

# join with timeout from another thread
rel2 = threading.Event()
t2 = threading.Thread(target=rel2.wait)
t2.start()
obs = []


def observer():
    t2.join(0.01)
    obs.append(t2.is_alive())
    rel2.set()
    t2.join()
    obs.append(t2.is_alive())


o = threading.Thread(target=observer)
o.start()
o.join()
print("observer saw", obs)
