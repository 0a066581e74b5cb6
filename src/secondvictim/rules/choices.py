"""The fixed answers of the triage and the check-in, their labels, and the words people type for
them in either language (read by parsing.py). Kept apart from the models so that the CLI can
declare its options without importing Pydantic (start-up time)."""

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
    # The plurals and the titles an attack run typed and saw refused (a manager types what is said).
    "brancardiers", "brancardieres", "secretaires", "secretaires-medicales", "agente-d-entretien",
    "agente-de-service", "agent-d-entretien-qualifie", "ashq", "ama", "assistant-medico-administratif",
    "assistante-medico-administrative", "standardiste", "agent-de-securite", "agente-de-securite",
    "security-guard", "technicien-biomedical", "technicienne-biomedicale", "agent-administratif",
    "agente-administrative", "receptionist", "porters",
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


# --- The words people type for each answer (normalised: see parsing.normalise) --------------

# Words for "none of them", in both languages.
NONE_WORDS = frozenset({"none", "no", "n", "0", "non", "aucun", "aucune", "rien", "nothing"})
YES_WORDS = frozenset({"y", "yes", "o", "oui"})
# "Same as before": at a check-in, the answer the last contact recorded (normalised, see below).
SAME_WORDS = frozenset(
    {
        "same",
        "same-as-before",
        "same-as-last-time",
        "as-before",
        "unchanged",
        "pareil",
        "pareille",
        "idem",
        "inchange",
        "comme-avant",
        "comme-la-derniere-fois",
        "pareil-que-la-derniere-fois",
    }
)
NO_WORDS = frozenset({"n", "no", "non"})

ROLE_WORDS: dict[str, Role] = {
    **{role.value: role for role in Role},
    "doctor": Role.physician,
    "medecin": Role.physician,
    "docteur": Role.physician,
    "md": Role.physician,
    "gp": Role.physician,
    "praticien": Role.physician,
    "resident": Role.intern,
    "junior-doctor": Role.intern,
    "interne": Role.intern,
    "infirmier": Role.nurse,
    "infirmiere": Role.nurse,
    "ide": Role.nurse,
    "iade": Role.nurse,
    "ibode": Role.nurse,
    "puericultrice": Role.nurse,
    "sage-femme": Role.midwife,
    "sagefemme": Role.midwife,
    "maieuticien": Role.midwife,
    "pharmacien": Role.pharmacist,
    "pharmacienne": Role.pharmacist,
    "autre": Role.other,
    "aide-soignant": Role.other,
    "aide-soignante": Role.other,
    "as": Role.other,
    "kine": Role.other,
    "kinesitherapeute": Role.other,
    "manipulateur": Role.other,
    "psychologue": Role.other,
    "health-professional": Role.other,
    "student": Role.student,
    "etudiant": Role.student,
    "etudiante": Role.student,
    "eleve": Role.student,
    "externe": Role.student,
    "inconnu": Role.unknown,
    "inconnue": Role.unknown,
    "unknown": Role.unknown,
    "?": Role.unknown,
    **{word: Role.physician for word in ("physicien", "chirurgien", "surgeon", "anaesthetist", "anesthesiste")},
    **{word: Role.nurse for word in ("nurse-anaesthetist", "theatre-nurse", "charge-nurse", "infirmier-anesthesiste")},
    # Pharmacy students and pharmacy interns call the pharmacists' line (ADOP), not the CNOM's.
    **{word: Role.pharmacist for word in (
        "etudiant-en-pharmacie", "etudiante-en-pharmacie", "pharmacy-student", "interne-en-pharmacie",
        "pharmacy-intern",
    )},
    **{word: Role.student for word in (
        "medical-student", "nursing-student", "student-nurse", "etudiant-infirmier", "etudiante-infirmiere",
        "esi", "etudiant-en-medecine", "etudiante-en-medecine",
    )},
    # The professions of a ward that are neither physicians nor pharmacists: every line open to
    # all (SPS, the institution's own contacts), none for some professions only.
    **{word: Role.other for word in (
        "aides-soignants", "nursing-assistant", "healthcare-assistant", "hca", "care-assistant",
        "auxiliaire-de-puericulture", "auxiliaire-puericultrice",
        "ash", "agent-de-service-hospitalier", "agente-de-service-hospitalier", "agent-des-services-hospitaliers",
        "agent-de-service", "agent-d-entretien", "cleaner", "cleaning-staff", "housekeeper", "domestic",
        "brancardier", "brancardiere", "porter", "hospital-porter",
        "secretaire", "secretaire-medicale", "medical-secretary", "ward-clerk", "secretary",
        "cadre", "cadre-de-sante", "cadre-superieur-de-sante", "cadre-sup", "nurse-manager", "ward-manager",
        "manager", "head-nurse",
        "manipulateur-radio", "manipulatrice", "manipulatrice-radio", "manip-radio", "manipulateur-en-radiologie",
        "radiographer", "radiologic-technologist",
        "kinesitherapeute", "kinesitherapeutes", "physiotherapist", "physio", "physical-therapist",
        "ergotherapeute", "occupational-therapist", "orthophoniste", "speech-therapist",
        "dieteticien", "dieteticienne", "dietitian", "psychomotricien", "psychomotricienne",
        "psychologist", "preparateur", "preparatrice", "preparateur-en-pharmacie", "preparatrice-en-pharmacie",
        "pharmacy-technician", "technicien-de-laboratoire", "technicienne-de-laboratoire", "laboratory-technician",
        "lab-technician", "ambulancier", "ambulanciere", "paramedic", "assistant-social", "assistante-sociale",
        "social-worker", "educateur", "educatrice", "sage-femme-cadre",
    )},
    **STAFF_WORDS,  # non-clinical staff: their own role (review L19), after the words above
}

INTERNAL_WORDS: dict[str, Internal] = {
    **{word: Internal.yes for word in ("yes", "y", "oui", "o")},
    **{word: Internal.no for word in ("no", "n", "non")},
    **{word: Internal.unknown for word in ("unknown", "not-asked", "pas-encore", "inconnu", "?")},
}

# How things have gone since the last contact, in the words people use.
TREND_WORDS: dict[str, Trend] = {
    **{trend.value: trend for trend in Trend},
    **{word: Trend.easing for word in ("better", "mieux", "apaisement", "s-apaise", "en-baisse")},
    **{word: Trend.same for word in ("unchanged", "pareil", "idem", "stable", "inchange", "pareille")},
    **{word: Trend.worse for word in ("worsening", "pire", "aggravation", "s-aggrave", "moins-bien")},
}
# Whether the support offered was used: the same words as for the internal resources.
SUPPORT_WORDS: dict[str, SupportUsed] = {
    word: SupportUsed(answer.value) for word, answer in INTERNAL_WORDS.items()
}
