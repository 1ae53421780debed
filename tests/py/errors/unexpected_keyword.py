# Uncaught TypeError: unexpected keyword argument.
def connect(host, port=80):
    return f"{host}:{port}"
print(connect("example", port=8080))
connect("example", prt=8080)
