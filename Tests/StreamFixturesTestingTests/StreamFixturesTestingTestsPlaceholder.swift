// Tests of the snapshot assertions live beside this file.
