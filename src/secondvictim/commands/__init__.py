"""One module per command: its options, its flow and its view (pipx's `commands/` is the model).

`cli.py` only wires them. Commands move here one by one; `practice` is the first.
"""
