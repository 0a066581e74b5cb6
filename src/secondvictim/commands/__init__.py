"""A room per command (pipx's `commands/` is the model): `<command>.py` holds its options (declared
once, see `options.py`) and its flow; its view, the document and the JSON drawn from the same
result, sits beside it (`<command>_view.py`, or `reference_view.py` for the reference commands),
imported only when the command runs. `common.py` and `fragments.py` hold what several share.
`cli.py` only wires them.
"""
