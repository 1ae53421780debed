# Uncaught TypeError: can only concatenate str (not "int") to str.
count = 3
message = "count: " + count
