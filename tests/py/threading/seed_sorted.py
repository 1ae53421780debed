# The seed program with output collected in a list and printed sorted after joining.
import threading

out = []


def worker(n):
    out.append(f"Worker: {n}")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for line in sorted(out):
    print(line)
print(len(out), "lines")
