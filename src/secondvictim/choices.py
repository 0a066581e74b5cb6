"""The fixed answers of the triage. Kept apart from the models so that the CLI can declare its
options without importing Pydantic (start-up time)."""

from enum import StrEnum
from typing import Literal

Lang = Literal["en", "fr"]
DEFAULT_LANG: Lang = "en"


class Role(StrEnum):
    """The professional's role. The CNOM helpline is for physicians and interns."""

    physician = "physician"
    intern = "intern"
    nurse = "nurse"
    midwife = "midwife"
    pharmacist = "pharmacist"
    other = "other"
    student = "student"
    unknown = "unknown"


class Internal(StrEnum):
    """Is the professional willing and able to use the institution's internal resources?"""

    yes = "yes"
    no = "no"
    unknown = "unknown"
