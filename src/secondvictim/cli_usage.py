"""A command line that cannot be understood, judged from the options each command declares.

Click says such a command line is wrong in English only, and the exceptions that say it are private
to Typer (which vendors Click). So the command line is read here first, as Click's parser reads it
(`--name VALUE`, `--name=VALUE`, `-o VALUE`, `-oVALUE`, `--` ending the options), from the
parameters' public attributes (`opts`, `secondary_opts`, `is_flag`, `count`, `nargs`): an
unknown option, an option without its value or a flag given one is our `UsageError`, with our
message key, before Click could see it. What Click still raises is read by type (`typer.BadParameter`,
its `param`), never by its words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .config import FLAGS, VALUED
from .errors import UsageError

# The placeholders of option values, shown in the help and in the errors in the user's language.
METAVARS = {
    "FILE": "meta.file",
    "DIR": "meta.dir",
    "ID": "meta.id",
    "DATE": "meta.date",
    "WORD": "meta.word",
    "yes|no|unknown": "meta.yes_no_unknown",
    "easing|same|worse": "meta.trend",
    "NAME": "meta.name",
    "TEXT": "meta.text",
}


def _prefix(name: str) -> str:
    # As Click splits an option's name: "--json" has the prefix "--", "-o" the prefix "-".
    first = name[:1]
    return name[:2] if name[1:2] == first else first


def option_table(params: Iterable[Any]) -> tuple[dict[str, int], dict[str, int]]:
    """The long and the short option names of `params`, each with how many values it takes."""
    long: dict[str, int] = {}
    short: dict[str, int] = {}
    for param in params:
        if param.param_type_name != "option":
            continue
        takes = 0 if (param.is_flag or param.count) else param.nargs
        for name in [*param.opts, *param.secondary_opts]:
            prefix = _prefix(name)
            table = short if len(prefix) == 1 and len(name) - len(prefix) == 1 else long
            table[name] = takes
    return long, short


def unknown_option(name: str, candidates: Sequence[str]) -> UsageError:
    """An option the command does not have: said as what it most likely is."""
    from .parsing import suggestion

    # A program option left where the command sees it: `--lang` with no value at the end, or
    # `--plain=yes`. Said as such, not as an unknown option that resembles itself.
    if name in VALUED:
        return UsageError("err.needs_value", option=name)
    if name in FLAGS:
        return UsageError("err.takes_no_value", option=name)
    # The program's own options are accepted after the command too: they are candidates.
    close = suggestion(name, [*candidates, *VALUED, *FLAGS])
    if close:
        return UsageError("err.no_such_option_hint", option=name, hint=close)
    return UsageError("err.no_such_option", option=name)


def _take(name: str, count: int, rest: list[str]) -> None:
    if len(rest) < count:
        raise UsageError("err.needs_value", option=name)
    del rest[:count]


def _option(arg: str, rest: list[str], long: dict[str, int], short: dict[str, int]) -> None:
    """One option word (and the values it takes from `rest`), or the UsageError it is."""
    name, equals, value = arg.partition("=")
    if name in long:
        if long[name] and equals:
            rest.insert(0, value)
        elif equals:
            raise UsageError("err.takes_no_value", option=name)
        _take(name, long[name], rest)
        return
    if arg[:2] == "--":
        raise unknown_option(name, list(long))
    # Short options, clustered or not: `-o FILE`, `-oFILE`.
    for index, letter in enumerate(arg[1:], 2):
        option = arg[0] + letter
        if option not in short:
            raise unknown_option(option, [])
        if short[option]:
            if index < len(arg):
                rest.insert(0, arg[index:])
            _take(option, short[option], rest)
            return


def positional(params: Iterable[Any], args: Sequence[str], interspersed: bool) -> list[str]:
    """The words of `args` that are not options, once every option is known and has its values.

    `interspersed`: options may follow them (a command's); otherwise the first one ends the
    options (the program's, before the command name). Raises the first UsageError met.
    """
    long, short = option_table(params)
    rest = list(args)
    words: list[str] = []
    while rest:
        arg = rest.pop(0)
        if arg == "--":
            return words + rest
        if arg[:1] == "-" and len(arg) > 1:
            _option(arg, rest, long, short)
        elif interspersed:
            words.append(arg)
        else:
            return [*words, arg, *rest]
    return words


def bad_parameter(exc: Any, argv: Sequence[str], lang: Any) -> UsageError:
    """A parameter Click refused (`typer.BadParameter`): missing when it is required and absent."""
    param = exc.param
    if param is not None and param.required and not _given(param, argv):
        from .i18n import t

        name = str(param.human_readable_name or "")
        return UsageError("err.missing", name=t(METAVARS[name], lang) if name in METAVARS else name)
    return UsageError("err.usage")


def _given(param: Any, argv: Sequence[str]) -> bool:
    names = [*param.opts, *param.secondary_opts] if param.param_type_name == "option" else []
    return any(arg == name or arg.startswith(name + "=") for arg in argv for name in names)
