# Everything printed before an uncaught exception reaches stdout.
for i in range(50):
    print("line", i, "of output", "x" * (i % 7))
print("about to fail", end="")
raise OSError("disk on fire")
