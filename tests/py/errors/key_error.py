# Uncaught KeyError.
config = {"host": "localhost"}
print(config["host"])
print(config["k"])
