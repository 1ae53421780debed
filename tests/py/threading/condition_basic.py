# threading.Condition: wait/notify/notify_all/wait_for, timeouts, errors.
import threading

cond = threading.Condition()
for name in ("notify", "notify_all", "wait"):
    try:
        getattr(cond, name)()
    except RuntimeError as e:
        print(name, type(e).__name__, e)

with cond:
    print("wait timeout ->", cond.wait(0.01))
    print("wait_for false ->", cond.wait_for(lambda: False, timeout=0.01))
    print("wait_for true ->", cond.wait_for(lambda: "ready"))

# one-by-one notify
state = {"ready": 0, "woken": []}


def waiter(i):
    with cond:
        state["ready"] += 1
        cond.notify_all()
        cond.wait_for(lambda: i in state.get("go", ()))
        state["woken"].append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
with cond:
    cond.wait_for(lambda: state["ready"] == 5)
    print("all waiting")
    state["go"] = {0, 1}
    cond.notify_all()
threads[0].join()
threads[1].join()
with cond:
    print("woken", sorted(state["woken"]))
    state["go"] = {0, 1, 2, 3, 4}
    cond.notify_all()
for t in threads:
    t.join()
print("woken", sorted(state["woken"]))

# notify(n) wakes at most n waiters; wait returns True when notified
flags = []
gate = threading.Condition(threading.Lock())
count = [0]
all_in = threading.Event()


def plain_waiter():
    with gate:
        count[0] += 1
        if count[0] == 3:
            all_in.set()  # main cannot take gate until this thread is inside wait()
        flags.append(gate.wait())


ts = [threading.Thread(target=plain_waiter) for _ in range(3)]
for t in ts:
    t.start()
all_in.wait()
with gate:
    gate.notify(2)
polls = 0
while True:
    with gate:
        if len(flags) >= 2:
            break
    polls += 1
    threading.Event().wait(0.002)
with gate:
    print("after notify(2):", len(flags))
    gate.notify()
for t in ts:
    t.join()
print(flags)

# Condition sharing an RLock: re-entrant acquire inside
rl = threading.RLock()
c2 = threading.Condition(rl)
with c2:
    with rl:
        print("nested rlock ok", c2.wait(0.001))
