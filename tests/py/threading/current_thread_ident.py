# current_thread(), main_thread(), get_ident(), get_native_id(), ident/native_id attributes.
import threading

main = threading.main_thread()
print(main.name, threading.current_thread() is main, main.is_alive(), main.daemon)
print(type(main).__name__, isinstance(main, threading.Thread))
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)

info = {}
lock = threading.Lock()


def worker():
    me = threading.current_thread()
    with lock:
        info[me.name] = {
            "is_me": me is threading.current_thread(),
            "ident_match": me.ident == threading.get_ident(),
            "native_match": me.native_id == threading.get_native_id(),
            "not_main": me is not threading.main_thread(),
            "main_name": threading.main_thread().name,
            "ident": threading.get_ident(),
        }


threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(5)]
print([t.ident for t in threads], [t.native_id for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(info):
    d = info[name]
    print(name, d["is_me"], d["ident_match"], d["native_match"], d["not_main"], d["main_name"])
idents = [info[n]["ident"] for n in sorted(info)]
print("distinct from main:", all(i != threading.get_ident() for i in idents))
print("ident kept after join:", [t.ident == info[t.name]["ident"] for t in threads])
print("unique while alive: checked below")
hold = threading.Event()
ready = []
alive = [threading.Thread(target=lambda: (ready.append(threading.get_ident()), hold.wait())) for _ in range(4)]
for t in alive:
    t.start()
while len(ready) < 4:
    threading.Event().wait(0.001)
print(len(set(ready)), len(set(t.ident for t in alive)), set(ready) == set(t.ident for t in alive))
hold.set()
for t in alive:
    t.join()
print(threading.current_thread().name)
