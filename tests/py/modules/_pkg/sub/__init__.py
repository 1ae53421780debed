print("loading", __name__)
