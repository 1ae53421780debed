# An uncaught exception in a thread is reported on stderr; the program goes on and exits 0.
import threading


def boom():
    1 / 0


t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues; thread alive:", t.is_alive())
results = []
t2 = threading.Thread(target=lambda: results.append("second thread fine"))
t2.start()
t2.join()
print(results)
print("exiting normally")
