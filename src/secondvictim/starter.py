"""The starter file that `secondvictim init` writes: the internal contacts to fill in."""

from __future__ import annotations

from .models import Guide, tr

HEADER = """\
# Your institution's contacts for secondvictim.
#
# Each item below refers to a contact of the packaged guide by its id; write only what you
# change, and remove the "#" before a line to use it. Phone numbers and extensions go in quotes,
# as dialled. A new id adds a contact; "enabled: false" hides one.
# Check this file with:   secondvictim --data-dir {directory} validate

resources:
"""

ITEM = """\
  - id: {id}
    # {name}
    # phone: "01 23 45 67 89"
    # extension: "4321"
    # hours:
    #   en: Monday to Friday, 9:00 to 17:00
    # location:
    #   en: Building B, second floor
    # how_to_reach:
    #   en: Through the switchboard, or by e-mail to the service.
"""

EXAMPLES = """\

  # A regional helpline of your own:
  # - id: regional-helpline
  #   kind: external
  #   name:
  #     en: Regional support line for health professionals
  #   phone: "04 00 00 00 00"
  #   availability:
  #     en: Monday to Friday, 8:00 to 20:00
  #   audience:
  #     en: Every health professional of the region

  # To hide a contact your institution does not have:
  # - id: house-of-psychology
  #   enabled: false
"""


def starter_resources(guide: Guide, directory: str) -> str:
    items = "".join(ITEM.format(id=r.id, name=tr(r.name, "en")) for r in guide.resources_of("internal"))
    return HEADER.format(directory=directory) + items + EXAMPLES
