"""The starter file that `secondvictim init` writes: the internal contacts to fill in."""

from __future__ import annotations

from .choices import Lang
from .i18n import t
from .models import Guide, tr

ITEM = """\
  - id: {id}
    # {name}
    # phone: "01 23 45 67 89"
    # extension: "4321"
    # hours:
    #   en: Monday to Friday, 9:00 to 17:00
    #   fr: Du lundi au vendredi, de 9 h à 17 h
    # location:
    #   en: Building B, second floor
    #   fr: Bâtiment B, 2e étage
    # how_to_reach:
    #   en: Through the switchboard, or by e-mail to the service.
    #   fr: Par le standard, ou par courriel au service.
"""

EXAMPLES = """\

  # {regional}
  # - id: regional-helpline
  #   kind: external
  #   name:
  #     en: Regional support line for health professionals
  #     fr: Ligne régionale de soutien aux professionnels de santé
  #   phone: "04 00 00 00 00"
  #   availability:
  #     en: Monday to Friday, 8:00 to 20:00
  #     fr: Du lundi au vendredi, de 8 h à 20 h
  #   audience:
  #     en: Every health professional of the region
  #     fr: Tous les professionnels de santé de la région

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


def starter_resources(guide: Guide, directory: str, lang: Lang) -> str:
    header = "".join(
        f"# {line}".rstrip() + "\n" for line in t("starter.header", lang, directory=directory).split("\n")
    )
    items = "".join(ITEM.format(id=r.id, name=tr(r.name, lang)) for r in guide.resources_of("internal"))
    examples = EXAMPLES.format(
        regional=t("starter.regional", lang), hide=t("starter.hide", lang), peer=t("team.starter_peer", lang)
    )
    return f"{header}\nresources:\n{items}{examples}"
