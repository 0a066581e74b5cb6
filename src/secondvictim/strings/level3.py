"""After a red flag (level 3): the words that keep its plan from contradicting itself (issue 27)."""

from __future__ import annotations

from . import Table

EN: Table = {
    # Review M3: external resources first, yet occupational health alerted: both hold, say why.
    "contacts.external_first_level3": (
        "At level 3, occupational health is alerted even if they do not wish to use the internal "
        "resources; tell them so."
    ),
}

FR: Table = {
    "contacts.external_first_level3": (
        "Au niveau 3, la médecine du travail est prévenue même si la personne ne souhaite pas recourir "
        "aux ressources internes ; dites-le-lui."
    ),
}
