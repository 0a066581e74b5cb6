"""Answers as people type them, from an option or at a prompt: one parser for each kind of answer.

Case and accents do not matter, both languages are understood whatever the interface language,
and a mistyped value gets a "did you mean". Every failure is a UsageError with a message key;
nothing here can raise anything else, whatever is typed.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, time, timedelta

from .errors import UsageError
from .i18n import Key
from .rules.choices import STAFF_WORDS, Internal, Role, SupportUsed, Trend

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


def normalise(raw: str) -> str:
    """Lower case, no accents, digits as ASCII, words joined by hyphens: 'Sage femme' -> 'sage-femme'.

    Inclusive spellings count as the word: 'aide-soignant·e', 'aide-soignant(e)', 'infirmier.e'.
    """
    text = unicodedata.normalize("NFD", raw.strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?<=\w)(?:[·.•-]e|\(e\))(?=\b|$)", "", text)
    # Digits from another script (full-width "１") count; superscripts ("²") do not.
    text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)
    text = re.sub(r"[\s_’']+", "-", text)
    return text.strip("-")


def suggestion(value: str, valid: Sequence[str]) -> str | None:
    """The closest valid value to a mistyped one, if any is close enough."""
    # Near spellings only: "cadre" is not a misspelt "iade", nor "brancardier" anything at all.
    found = difflib.get_close_matches(value, list(valid), n=1, cutoff=0.75)
    return found[0] if found else None


def _unknown(
    value: str, what: Key, valid: Sequence[str], option: str, said: Key | None = None
) -> UsageError:
    """A value that is not one of `valid`; `said` lists them in the user's language, when the
    words people type differ from the ids (roles, yes/no answers)."""
    close = suggestion(normalise(value), valid)
    if close:
        return UsageError("err.unknown_value_hint", option=option, value=value, what=what, hint=close)
    return UsageError("err.unknown_value", option=option, value=value, what=what, valid=said or ", ".join(valid))


def parse_role(value: str, option: str = "--role") -> Role:
    word = normalise(value)
    if word in ROLE_WORDS:
        return ROLE_WORDS[word]
    raise _unknown(value, Key("what.role"), list(ROLE_WORDS), option, Key("valid.roles"))


def parse_internal(value: str, option: str = "--internal") -> Internal:
    word = normalise(value)
    if word in INTERNAL_WORDS:
        return INTERNAL_WORDS[word]
    raise _unknown(value, Key("what.internal"), list(INTERNAL_WORDS), option, Key("valid.internal"))


def parse_trend(value: str, option: str = "--trend") -> Trend:
    word = normalise(value)
    if word in TREND_WORDS:
        return TREND_WORDS[word]
    raise _unknown(value, Key("checkin.what_trend"), list(TREND_WORDS), option, Key("checkin.valid_trend"))


def parse_support_used(value: str, option: str = "--support-used") -> SupportUsed:
    word = normalise(value)
    if word in SUPPORT_WORDS:
        return SUPPORT_WORDS[word]
    raise _unknown(value, Key("checkin.what_support"), list(SUPPORT_WORDS), option, Key("valid.internal"))


def parse_choice(value: str, valid: Sequence[str], what: Key, option: str) -> str:
    """One of `valid` (ids or fixed words), typed in any case."""
    word = normalise(value)
    if word in valid:
        return word
    raise _unknown(value, what, valid, option)


def parse_yes_no(raw: str) -> bool | None:
    """True, False, or None when the answer is not a yes or a no."""
    word = normalise(raw)
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None


def _words(text: str) -> list[str]:
    """The words of a text as `normalise` reads them, punctuation left out: "(hopelessness," is
    "hopelessness", « qu'elle » is "qu" and "elle"."""
    return re.findall(r"[a-z0-9]+", normalise(text))


def choices_named(raw: str, names: Sequence[str], phrases: Sequence[Sequence[str]] = ()) -> list[int] | None:
    """The choices (0-based) that `raw` names in words, or None if a part of it names none or
    several. `names` holds, for each choice, the words that name it (its id, its labels and its
    other words, in every language): "suicide" or "idées noires" names the red flag "Dark
    thoughts (...)".

    Parts are separated by commas, or by spaces ("guilt anxiety"): a part that names no single
    choice is read word by word, each word naming exactly one choice; a word of two letters or
    fewer names nothing on its own ("no guilt", "distress or" name nothing).
    Failing that, `phrases` (for each choice, expressions people use for it) are looked for in
    the whole answer, as said in a sentence: "she says everyone would be better off without her"
    names the choice with the phrase "better off without" (see `phrases_in`).
    """
    known = [set(_words(name)) | {normalise(name)} for name in names]

    def named(text: str) -> int | None:
        words = set(_words(text))
        matches = [i for i, name in enumerate(known) if words and words <= name]
        return matches[0] if len(matches) == 1 else None

    found: set[int] = set()
    for part in (p for p in re.split(r"[,;]+", raw) if p.strip()):
        whole = named(part)
        each = [whole] if whole is not None else [named(w) if len(w) > 2 else None for w in part.split()]
        if not each or None in each:
            return phrases_in(raw, phrases) or None
        found.update(i for i in each if i is not None)
    return sorted(found) or phrases_in(raw, phrases) or None


# Words that, just before a phrase, say the opposite: "not suicidal", « pas suicidaire », "doesn't
# want to die" (the "t" of "n't").
NEGATIONS = frozenset({"no", "not", "never", "t", "non", "pas", "jamais", "sans", "aucun", "aucune", "ni"})


def phrases_in(raw: str, phrases: Sequence[Sequence[str]]) -> list[int]:
    """The choices (0-based) one of whose phrases stands in `raw` when `raw` is a sentence (three
    words or more), word for word, whatever the case, the accents and the punctuation, and not
    just after a negation: « Elle dit qu'elle veut en finir » holds "en finir"."""
    words = _words(raw)
    if len(words) < 3:
        return []

    def said(phrase: list[str]) -> bool:
        size = len(phrase)
        return any(
            words[i : i + size] == phrase and (i == 0 or words[i - 1] not in NEGATIONS)
            for i in range(len(words) - size + 1)
        )

    return [i for i, choice in enumerate(phrases) if any(said(_words(p)) for p in choice if _words(p))]


def parse_ids(
    values: Sequence[str],
    valid: Sequence[str],
    what: Key,
    option: str,
    names: Sequence[str] = (),
    phrases: Sequence[Sequence[str]] = (),
) -> tuple[str, ...]:
    """Option values checked against the guide's ids, in the guide's order; `none` alone means none.
    With `names` (the words of each id's labels), a value may name its choice in words, as an
    answer to the question can ("--sign culpabilité")."""
    words = [normalise(v) for v in values]
    nothing = [value for value, word in zip(values, words, strict=True) if word in NONE_WORDS]
    if nothing:
        if len(words) > 1:
            raise UsageError("err.none_and_more", option=option, value=nothing[0])
        return ()
    chosen: set[str] = set()
    for value, word in zip(values, words, strict=True):
        if word in valid:
            chosen.add(word)
            continue
        named = choices_named(value, names, phrases) if names else None
        if named is None:
            raise _unknown(value, what, [*valid, "none"], option)
        chosen.update(valid[i] for i in named)
    return tuple(v for v in valid if v in chosen)


_DATE = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})$|^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$|^(\d{1,2})[/.](\d{1,2})$"
)
# Days before today, as people say them (normalised: lower case, no accents, words joined by "-").
_DAYS_AGO = {
    "today": 0,
    "aujourd-hui": 0,
    "aujourdhui": 0,
    "yesterday": 1,
    "hier": 1,
    "day-before-yesterday": 2,
    "the-day-before-yesterday": 2,
    "avant-hier": 2,
}
_AGO = re.compile(r"^(?:(\d{1,4})-days?-ago|il-y-a-(\d{1,4})-jours?)$")


EARLIEST = date(2000, 1, 1)


def parse_date(value: str, option: str = "--event-date", *, today: date, past: bool = True) -> date:
    """A day as people say it: YYYY-MM-DD; DD/MM/YYYY (the French way; DD.MM.YYYY too); DD/MM,
    the nearest such day on the side of `today` that `past` says (an event: this year, or last
    year when that day is still to come; a step still to come: this year, or next year when it
    has passed); today, yesterday, "3 days ago", aujourd'hui, hier, avant-hier, "il y a 3 jours".
    From 2000 to a year ahead. The one reader of dates, for every option and every prompt.
    """
    words = normalise(value)
    if words in _DAYS_AGO:
        return today - timedelta(days=_DAYS_AGO[words])
    ago = _AGO.match(words)
    if ago:
        days = int(ago[1] or ago[2])
        if days > (today - EARLIEST).days:
            raise UsageError("err.date_range", option=option, value=value)
        return today - timedelta(days=days)
    match = _DATE.match(value.strip())
    if match is None:
        raise UsageError("err.date", option=option, value=value)
    if match[7]:
        day_given = _day_and_month(match[7], match[8], today, past, option, value)
    else:
        year, month, day = (match[1], match[2], match[3]) if match[1] else (match[6], match[5], match[4])
        try:
            day_given = date(int(year), int(month), int(day))
        except ValueError:
            raise UsageError("err.date_impossible", option=option, value=value) from None
    latest = date(today.year + 2, 1, 1)
    if not EARLIEST <= day_given < latest:
        raise UsageError("err.date_range", option=option, value=value)
    return day_given


def _day_and_month(day: str, month: str, today: date, past: bool, option: str, value: str) -> date:
    """DD/MM without a year: this year's, unless it falls on the wrong side of today."""
    years = (today.year, today.year - 1) if past else (today.year, today.year + 1)
    for year in years:
        try:
            found = date(year, int(month), int(day))
        except ValueError:
            continue  # 29/02 outside a leap year: the other year may have it
        if (found <= today) if past else (found >= today):
            return found
    # 29/02 with no leap year on the right side, or an impossible day.
    raise UsageError("err.date_impossible", option=option, value=value)


def is_same(raw: str) -> bool:
    """Whether an answer says "same as before": « pareil », « comme la dernière fois », "same"."""
    return normalise(raw) in SAME_WORDS


def parse_numbers(raw: str, count: int) -> list[int] | None:
    """'1,3', '1 3' or '1;3' into 0-based indexes [0, 2]; None if it is not such a list."""
    text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in raw.strip())
    parts = [p for p in re.split(r"[,;\s]+", text) if p]
    if not parts or not all(p.isascii() and p.isdigit() and len(p) < 4 and 1 <= int(p) <= count for p in parts):
        return None
    return sorted({int(p) - 1 for p in parts})


_TIME = re.compile(r"^(\d{1,2})[:hH.](\d{2})$|^(\d{1,2})[hH]$")


def parse_time(value: str, option: str = "--alarm-time") -> time:
    """A time of day as 08:30, 8h30 or 8h (the French way)."""
    match = _TIME.match(value.strip())
    if match is None:
        raise UsageError("err.alarm_time", option=option, value=value)
    hour, minute = (int(match[1]), int(match[2])) if match[1] else (int(match[3]), 0)
    if hour > 23 or minute > 59:
        raise UsageError("err.alarm_time", option=option, value=value)
    return time(hour, minute)


def parse_steps(
    values: Sequence[str], valid: Sequence[str], option: str = "--step", *, today: date
) -> tuple[tuple[str, date | None], ...]:
    """Process steps as ID or ID=DATE (`--step review-meeting=27/04/2026`), in the guide's order."""
    ids = [value.partition("=")[0] for value in values]
    dates = {
        normalise(ident): parse_date(day, option, today=today, past=False)
        for ident, _, day in (v.partition("=") for v in values)
        if day
    }
    chosen = parse_ids(ids, valid, Key("checkin.what_step"), option)
    return tuple((ident, dates.get(ident)) for ident in chosen)
