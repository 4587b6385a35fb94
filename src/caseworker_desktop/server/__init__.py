"""The central sync server: an ordered, per-team log of sealed envelopes.

It holds routing metadata and ciphertext only; it never has a team key, so a stolen server database
tells the thief who worked on how many records when, and nothing about any client.
"""
