# Missing indented block after an if statement.
print("never printed")
if True:
print("not indented")
