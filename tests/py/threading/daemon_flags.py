# daemon flag: defaults, inheritance, errors; a daemon left blocked does not keep the process alive.
import threading

t = threading.Thread(target=lambda: None)
print("default:", t.daemon)
t.daemon = True
print("set:", t.daemon)
t.daemon = False
print(threading.Thread(target=lambda: None, daemon=True).daemon)
print(threading.Thread(target=lambda: None, daemon=None).daemon)

inherited = []


def spawn_child():
    child = threading.Thread(target=lambda: None)
    inherited.append((threading.current_thread().daemon, child.daemon))
    explicit = threading.Thread(target=lambda: None, daemon=False)
    inherited.append(("explicit", explicit.daemon))


d = threading.Thread(target=spawn_child, daemon=True)
d.start()
d.join()
n = threading.Thread(target=spawn_child)
n.start()
n.join()
print(inherited)

hold = threading.Event()
entered = threading.Event()
active = threading.Thread(target=lambda: (entered.set(), hold.wait()))
active.start()
entered.wait()
try:
    active.daemon = True
except RuntimeError as e:
    print(type(e).__name__, e)
hold.set()
active.join()
try:
    active.daemon = False  # a finished thread was started: still an error
except RuntimeError as e:
    print("finished:", type(e).__name__, e)
print("after finish", active.daemon, active.is_alive())

forever = threading.Event()
bg = threading.Thread(target=forever.wait, daemon=True, name="bg")
bg.start()
print("daemon running:", bg.is_alive(), bg.daemon)
print("main exits without joining the daemon")
