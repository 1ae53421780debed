# threading.Timer: fires after the interval, can be cancelled before firing.
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=("fired",))
print(repr(t), t.interval, t.is_alive())
t.start()
t.join()
print(fired, t.is_alive())

t2 = threading.Timer(30, fired.append, args=("should not fire",))
t2.start()
print("alive before cancel:", t2.is_alive())
t2.cancel()
t2.join()
print("cancelled:", fired, t2.is_alive(), t2.finished.is_set())

kw = []
t3 = threading.Timer(0, lambda a, b=0: kw.append(a + b), args=(1,), kwargs={"b": 41})
t3.start()
t3.join()
print(kw)

# cancel after firing is harmless
t3.cancel()
print("cancel after fire ok")

# Timer subclass is a Thread
print(isinstance(t, threading.Thread), t.name.startswith("Thread-"), t.daemon)
names = []
t4 = threading.Timer(0.001, lambda: names.append(threading.current_thread().name))
t4.name = "my-timer"
t4.start()
t4.join()
print(names)
