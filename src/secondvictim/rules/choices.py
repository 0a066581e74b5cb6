"""The fixed answers of the triage. Kept apart from the models so that the CLI can declare its
options without importing Pydantic (start-up time)."""

from datetime import time
from enum import StrEnum
from typing import Literal

Lang = Literal["en", "fr"]
DEFAULT_LANG: Lang = "en"

# The time of each calendar reminder (and of its alarm), unless --alarm-time says otherwise.
DEFAULT_ALARM = time(8, 30)


class Role(StrEnum):
    """The professional's role. The CNOM helpline is for physicians and interns; `other` is every
    other health professional (nursing assistants first, the largest care group); `staff` is the
    non-clinical staff (administration, logistics, technical), for whom SPS is open too."""

    physician = "physician"
    intern = "intern"
    nurse = "nurse"
    midwife = "midwife"
    pharmacist = "pharmacist"
    other = "other"
    staff = "staff"
    student = "student"
    unknown = "unknown"


# The words people type for the non-clinical staff (parsing: `--role`, the prompt's answer). They
# come after the words of the other roles, so they win where a word was once read as `other`.
STAFF_WORDS: dict[str, Role] = {word: Role.staff for word in (
    "non-clinical", "non-clinical-staff", "non-soignant", "non-soignante", "personnel-non-soignant",
    "administration", "administrative", "administratif", "admin", "logistics", "logistique",
    "logisticien", "logisticienne", "technical", "technique", "technicien", "technicienne",
    "ash", "agent-de-service-hospitalier", "agente-de-service-hospitalier", "agent-des-services-hospitaliers",
    "agent-de-service", "agent-d-entretien", "cleaner", "cleaning-staff", "housekeeper", "domestic",
    "brancardier", "brancardiere", "porter", "hospital-porter",
    "secretaire", "secretaire-medicale", "medical-secretary", "ward-clerk", "secretary",
)}


class Internal(StrEnum):
    """Is the professional willing and able to use the institution's internal resources?"""

    yes = "yes"
    no = "no"
    unknown = "unknown"


LANGS: tuple[Lang, ...] = ("en", "fr")

# The label of each answer, by a literal message key (a test checks every key exists).
ROLE_LABELS: dict[Role, str] = {
    Role.physician: "role.physician",
    Role.intern: "role.intern",
    Role.nurse: "role.nurse",
    Role.midwife: "role.midwife",
    Role.pharmacist: "role.pharmacist",
    Role.other: "role.other",
    Role.staff: "role.staff",
    Role.student: "role.student",
    Role.unknown: "role.unknown",
}
INTERNAL_LABELS: dict[Internal, str] = {
    Internal.yes: "internal.yes",
    Internal.no: "internal.no",
    Internal.unknown: "internal.unknown",
}


# File extensions that name a format, for -o / --output.
EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".txt": "txt", ".json": "json"}


class Trend(StrEnum):
    """How things have gone since the last contact, as the professional says."""

    easing = "easing"
    same = "same"
    worse = "worse"


class SupportUsed(StrEnum):
    """Whether the professional has used the support offered."""

    yes = "yes"
    no = "no"
    unknown = "unknown"


# The label of each answer of a check-in, by a literal message key; None: not asked.
TREND_LABELS: dict[Trend | None, str] = {
    Trend.easing: "checkin.trend_easing",
    Trend.same: "checkin.trend_same",
    Trend.worse: "checkin.trend_worse",
    None: "checkin.not_asked",
}
SUPPORT_LABELS: dict[SupportUsed, str] = {
    SupportUsed.yes: "checkin.support_yes",
    SupportUsed.no: "checkin.support_no",
    SupportUsed.unknown: "checkin.not_asked",
}
