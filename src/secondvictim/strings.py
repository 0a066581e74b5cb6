"""Every interface string (questions, headings, labels, messages), in one place per language.

The guide's content lives in data/; these are the words of the program around it.
"""

from __future__ import annotations

from .choices import DEFAULT_LANG, Lang

STRINGS: dict[Lang, dict[str, str]] = {
    "en": {
        # Triage questions
        "q.red_flags": "Do you see any of these red flags right now?",
        "q.event": "Has a serious adverse event associated with care occurred?",
        "q.signs": "Which warning signs do you see?",
        "q.role": "What is the professional's role?",
        "q.internal": "Is the professional willing and able to use the institution's internal resources?",
        "hint.multi": "Type the numbers separated by commas (for example 1,3), or press Enter for none.",
        "hint.single": "Type a number, or press Enter for: {default}.",
        "hint.yes_no": "[y/n]",
        "prompt": "> ",
        "err.numbers": "Please type numbers between 1 and {count}, separated by commas, or press Enter.",
        "err.one_number": "Please type one number between 1 and {count}, or press Enter.",
        "err.yes_no": "Please answer y (yes) or n (no).",
        "triage.intro": (
            "Triage: a few questions, then what to do. No names are asked and nothing is stored.\n"
            "In immediate danger, call 15 (SAMU) or 112 now."
        ),
        # Answer labels
        "role.physician": "Physician",
        "role.intern": "Intern",
        "role.nurse": "Nurse",
        "role.midwife": "Midwife",
        "role.pharmacist": "Pharmacist",
        "role.other": "Another health professional",
        "role.student": "Student",
        "role.unknown": "Unknown",
        "internal.yes": "Yes",
        "internal.no": "No",
        "internal.unknown": "Not asked yet",
        # Recommendation
        "level.banner": "Level {level} of 3: {name}",
        "h.why": "Why",
        "why.red_flag": "Red flag: {label}",
        "why.sign": "Warning sign: {label}",
        "why.event": "A serious adverse event associated with care has occurred.",
        "why.none": "No serious adverse event and no warning sign reported.",
        "h.actions": "What to do",
        "h.key_message": "What to say first",
        "h.avoid": "What to avoid",
        "h.contacts": "Who to contact",
        "contacts.internal_first": "Internal resources first; the external ones if they do not wish to or cannot use them.",
        "contacts.external_first": "External resources first: they do not wish to or cannot use the internal ones.",
        "h.followup": "Follow-up",
        "h.emergency": "Emergency numbers (France)",
        "h.watch": "Warning signs to watch for",
        "instead": "Instead: {text}",
        # Resources
        "h.internal": "Internal resources (mobilise them as a priority)",
        "h.external": "External resources (if internal ones cannot be used; call at once)",
        "internal.intro": "Make seeking support legitimate, accessible and non-stigmatising: offer to make the first contact together.",
        "external.intro": "If the professional does not wish to or cannot use the internal resources, give them these reliable external solutions, which can be contacted immediately.",
        "resource.no_phone": "contact details to be set by your institution",
        "resource.for": "For: {audience}",
        "resource.extension": "ext. {extension}",
        "resource.source": "Source: {source}",
        # Other commands
        "h.script": "First contact",
        "h.key": "The key message",
        "h.how": "How to open the conversation",
        "script.see_avoid": "See also: secondvictim avoid (attitudes to avoid).",
        "h.signs": "Warning signs",
        "signs.intro": "Support must be offered as soon as a serious adverse event occurs or when a professional shows unusual signs, such as:",
        "h.red_flags": "Red flags: act immediately",
        "red_flags.intro": "If the professional shows any of these signs, act immediately:",
        "h.red_flag_actions": "What to do at once",
        "h.attitudes": "Attitudes to avoid",
        "h.about": "About",
        "no_followup": "No follow-up to plan now.",
        # validate and init
        "validate.none": (
            "No institution data found (--data-dir, SECONDVICTIM_DATA_DIR or {folder}): "
            "the packaged guide alone."
        ),
        "validate.folder": "Institution data: {directory} (chosen by {how})",
        "validate.files": "Files read:",
        "validate.packaged": "packaged",
        "validate.then": ", then ",
        "validate.valid": "Valid.",
        "validate.problems": "Not valid: {count} problem(s).",
        "init.exists": "{path} already exists; nothing was written. Use --force to replace it.",
        "init.cannot": "Cannot write {path}: {reason}",
        "init.done": (
            "Wrote {path}.\n"
            "Fill in your contacts, then check them:  secondvictim --data-dir {directory} validate\n"
            "To use them always, set SECONDVICTIM_DATA_DIR={directory} or move the file to {folder}"
        ),
        # Messages
        "msg.interrupted": "Interrupted. Nothing was saved.",
        "msg.eof": "No more input: triage stopped before the end. Nothing was saved.",
        "msg.data_error": "The guide's data cannot be used:",
        "msg.data_fallback": (
            "Warning: your institution's data in {directory} cannot be used. This is the packaged "
            "guide, without your institution's contacts. Problems:"
        ),
        "msg.missing_event": (
            "required without a terminal, where no question can be asked: say whether a serious "
            "adverse event associated with care has occurred (or give a --red-flag)."
        ),
        "msg.unknown_id": "'{value}' is not a known {what}. Valid: {valid}.",
    },
}


def t(key: str, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The interface string `key` in `lang` (falling back to the default language)."""
    table = STRINGS.get(lang, STRINGS[DEFAULT_LANG])
    text = table.get(key) or STRINGS[DEFAULT_LANG][key]
    return text.format(**values) if values else text
