# Uncaught AttributeError on a class (type object message).
class Settings:
    debug = False
print(Settings.debug)
print(Settings.verbose)
