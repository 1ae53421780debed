# An uncaught user-defined exception with a custom __str__ ends the program.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return f"config key {self.key!r}: {self.problem}"
settings = {"port": "80", "host": ""}
for key, value in settings.items():
    print("checking", key)
    if not value:
        raise ConfigError(key, "must not be empty")
print("not reached")
