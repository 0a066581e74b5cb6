"""The card's sizes (issue 26): the pocket card (three A6 sides) beside the full two-page guide."""

from __future__ import annotations

from . import Table

EN: Table = {
    "card.numbers": "Numbers to keep",
    "what.size": "size",
    "help.card_size": (
        "pocket: three A6 sides (red flags and what to do now; warning signs and the key message; the numbers); "
        "full: the whole guide on two A4 pages (default)."
    ),
    "err.card_json_size": "--size pocket is a printed layout; --json gives the whole guide: give one of them.",
}

FR: Table = {
    "card.numbers": "Numéros à garder",
    "what.size": "taille",
    "help.card_size": (
        "pocket : trois faces A6 (signes de gravité et que faire tout de suite ; signes d'alerte et message clé ; "
        "les numéros) ; full : tout le guide sur deux pages A4 (par défaut)."
    ),
    "err.card_json_size": "--size pocket est une mise en page imprimée ; --json donne tout le guide : indiquez l'un des deux.",
}
