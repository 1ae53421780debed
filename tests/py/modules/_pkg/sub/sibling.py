NAME = "sibling in " + __name__
