# The seed program made deterministic: each worker is joined right after it starts.
import threading


def worker(n):
    print(f"Worker: {n}")


for i in range(5):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
print("all workers finished")
