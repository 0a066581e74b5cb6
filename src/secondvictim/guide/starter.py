"""The starter file that `secondvictim init` writes: the internal contacts to fill in.

Its examples can never be dialled by mistake: the phone numbers are in the blocks the numbering
plan keeps for fiction (refused wherever they appear), and `example_problems` finds every other
example value left in place in an institution's file ("still the example from init").
"""

from __future__ import annotations

from typing import Any

from ..i18n import t
from ..rules.choices import Lang
from .models import Guide, Loc, tr

# The examples of the starter file, one place for the file and for the check.
EXAMPLE_PHONE = "01 99 00 12 34"  # reserved for fiction
EXAMPLE_EXTENSION = "4321"
EXAMPLE_HOURS = {"en": "Monday to Friday, 9:00 to 17:00", "fr": "Du lundi au vendredi, de 9 h à 17 h"}
EXAMPLE_LOCATION = {"en": "Building B, second floor", "fr": "Bâtiment B, 2e étage"}
EXAMPLE_HOW = {
    "en": "Through the switchboard, or by e-mail to the service.",
    "fr": "Par le standard, ou par courriel au service.",
}
EXAMPLE_REGIONAL_PHONE = "04 65 71 12 34"  # reserved for fiction
EXAMPLE_AVAILABILITY = {"en": "Monday to Friday, 8:00 to 20:00", "fr": "Du lundi au vendredi, de 8 h à 20 h"}
# The examples of earlier starter files, real-looking numbers: still refused when left in place.
EARLIER_PHONES = ("01 23 45 67 89", "04 00 00 00 00")

# What `example_problems` looks for, by field: a value left as written, or one of its languages.
EXAMPLES: dict[str, tuple[object, ...]] = {
    # The starter's own phone examples are reserved for fiction: the model refuses them anywhere.
    "phone": EARLIER_PHONES,
    "extension": (EXAMPLE_EXTENSION,),
    "hours": (EXAMPLE_HOURS,),
    "location": (EXAMPLE_LOCATION,),
    "how_to_reach": (EXAMPLE_HOW,),
    "availability": (EXAMPLE_AVAILABILITY,),
}


def _text(field: str, value: dict[str, str], indent: str) -> str:
    """A commented-out text field, its languages two spaces further in."""
    return f"{indent}{field}:\n" + "".join(f"{indent}  {lang}: {text}\n" for lang, text in value.items())


ITEM = (
    "  - id: {id}\n"
    "    # {name}\n"
    f'    # phone: "{EXAMPLE_PHONE}"\n'
    f'    # extension: "{EXAMPLE_EXTENSION}"\n'
    + _text("hours", EXAMPLE_HOURS, "    # ")
    + _text("location", EXAMPLE_LOCATION, "    # ")
    + _text("how_to_reach", EXAMPLE_HOW, "    # ")
    + '    # open: ["mon-fri 09:00-17:00"]\n'
)

EXAMPLES_TEXT = (
    """\

  # {regional}
  # - id: regional-helpline
  #   kind: external
  #   name:
  #     en: Regional support line for health professionals
  #     fr: Ligne régionale de soutien aux professionnels de santé
"""
    f'  #   phone: "{EXAMPLE_REGIONAL_PHONE}"\n'
    + _text("availability", EXAMPLE_AVAILABILITY, "  #   ")
    + """\
  #   audience:
  #     en: Every health professional of the region
  #     fr: Tous les professionnels de santé de la région

  # {oncall}
  # - id: on-call-manager
  #   kind: on-call
  #   name:
  #     en: On-call manager
  #     fr: Cadre de garde
"""
    f'  #   phone: "{EXAMPLE_PHONE}"\n'
    + """\
  #   hours:
  #     en: Nights, weekends and public holidays
  #     fr: Nuits, week-ends et jours fériés
  #   open: ["mon-fri 18:00-09:00", "sat-sun 00:00-24:00"]
  #   audience:
  #     en: Managers, for a colleague in danger outside office hours
  #     fr: Les cadres, pour un collègue en danger en dehors des heures ouvrables

  # {hide}
  # - id: house-of-psychology
  #   enabled: false

  # {peer}
  # - id: peer-supporters
  #   kind: peer
  #   name:
  #     en: Peer supporters (trained colleagues)
  #     fr: Pairs aidants (collègues formés)
  #   how_to_reach:
  #     en: Through the switchboard, ask for the peer support team.
  #     fr: Par le standard, demander l'équipe de soutien par les pairs.
  #   hours:
  #     en: Every day, 8:00 to 20:00
  #     fr: Tous les jours, de 8 h à 20 h
  #   audience:
  #     en: Every professional of the institution
  #     fr: Tous les professionnels de l'établissement
"""
)


def starter_resources(guide: Guide, directory: str, lang: Lang) -> str:
    header = "".join(
        f"# {line}".rstrip() + "\n" for line in t("starter.header", lang, directory=directory).split("\n")
    )
    items = "".join(ITEM.format(id=r.id, name=tr(r.name, lang)) for r in guide.resources_of("internal"))
    examples = EXAMPLES_TEXT.format(
        regional=t("starter.regional", lang),
        oncall=t("starter.oncall", lang),
        hide=t("starter.hide", lang),
        peer=t("team.starter_peer", lang),
    )
    return f"{header}\nresources:\n{items}{examples}"


def _is_example(field: str, value: Any) -> bool:
    for example in EXAMPLES.get(field, ()):
        if value == example:
            return True
        if (
            isinstance(example, dict)
            and isinstance(value, dict)
            and any(value.get(lang) == text for lang, text in example.items())
        ):
            return True
    return False


def example_problems(content: dict[str, Any]) -> list[Loc]:
    """Where an institution's resources file still holds an example of the starter file."""
    found: list[Loc] = []
    items = content.get("resources")
    if not isinstance(items, list):
        return found
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        for field, value in item.items():
            if _is_example(str(field), value):
                found.append(("resources", index, field))
    return found
