# The main thread ends without joining: the process waits for non-daemon threads to finish,
# including threads started by other threads after the main thread has finished.
import threading
import time

main_done = threading.Event()
chain_done = threading.Event()


def late_printer():
    chain_done.wait()
    time.sleep(0.05)
    print("worker: printed after main finished")


def chained(n):
    main_done.wait()
    time.sleep(0.01)
    print(f"chained {n}")
    if n < 3:
        t = threading.Thread(target=chained, args=(n + 1,))
        t.start()
    else:
        chain_done.set()


threading.Thread(target=late_printer).start()
threading.Thread(target=chained, args=(1,)).start()
print("main: last statement")
main_done.set()
