"""The laptop's side of the sync protocol: keys, sealing, push, pull and merge."""
