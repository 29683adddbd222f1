from sitrep.schema import write

print(write())
