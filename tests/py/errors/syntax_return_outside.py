# return outside of a function.
print("never printed")
return 5
