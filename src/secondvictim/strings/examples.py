"""The examples at the end of each command's help."""

from __future__ import annotations

from . import Table

EN: Table = {
        "examples.app": (
            "Examples:\n"
            "secondvictim triage                       # a few questions, then what to do\n"
            "secondvictim --lang fr triage             # in French\n"
            "secondvictim card -o card.html            # the pocket card, to print\n"
            "Shell completion is not offered: the commands and options are few, and this help lists them."
        ),
        "examples.triage": (
            "Examples:\n"
            "secondvictim triage\n"
            "secondvictim triage --red-flag none --event --sign withdrawal --role nurse --internal yes\n"
            "secondvictim triage --red-flag none --event --sign none --event-date 2026-11-30 -o day0.json --followup-ics followup.ics"
        ),
        "examples.checkin": (
            "Examples:\n"
            "secondvictim checkin --previous day0.json\n"
            "secondvictim checkin --previous day0.json --red-flag none --sign none --trend easing --item none --support-used yes --step none -o day3.json"
        ),
        "examples.team": (
            "Examples:\n"
            "secondvictim team --event-date 2026-11-30 --death --situation none -o team.json --ics team.ics\n"
            "secondvictim team --previous team.json --ics team.ics --force"
        ),
        "examples.script": (
            "Example:\n"
            "secondvictim script"
        ),
        "examples.resources": (
            "Examples:\n"
            "secondvictim resources --external\n"
            "secondvictim resources --role physician"
        ),
        "examples.signs": (
            "Example:\n"
            "secondvictim signs"
        ),
        "examples.avoid": (
            "Example:\n"
            "secondvictim avoid"
        ),
        "examples.about": (
            "Examples:\n"
            "secondvictim about\n"
            "secondvictim about --sources"
        ),
        "examples.card": (
            "Examples:\n"
            "secondvictim card -o card.html\n"
            "secondvictim card --format md > card.md"
        ),
        "examples.page": (
            "Example:\n"
            "secondvictim --data-dir ~/hospital-contacts page -o guide.html"
        ),
        "examples.followup": (
            "Examples:\n"
            "secondvictim followup --event-date 2026-11-30 --ics reminders.ics --workdays\n"
            "secondvictim followup --previous day0.json --ics followup.ics --force"
        ),
        "examples.validate": (
            "Example:\n"
            "secondvictim validate ~/hospital-contacts"
        ),
        "examples.init": (
            "Example:\n"
            "secondvictim init ~/hospital-contacts"
        ),
        "examples.schema": (
            "Examples:\n"
            "secondvictim schema\n"
            "secondvictim schema triage"
        ),
        "examples.practice": (
            "Examples:\n"
            "secondvictim practice\n"
            "secondvictim practice dark-thoughts --reply 1 --reply 1 --reply 1"
        ),
}

FR: Table = {
        "examples.app": (
            "Exemples :\n"
            "secondvictim triage                       # quelques questions, puis quoi faire\n"
            "secondvictim triage --lang en             # en anglais\n"
            "secondvictim card -o carte.html           # la carte de poche, à imprimer\n"
            "La complétion des commandes dans le shell n'est pas proposée : les commandes et les options sont peu nombreuses, et cette aide les liste."
        ),
        "examples.triage": (
            "Exemples :\n"
            "secondvictim triage\n"
            "secondvictim triage --red-flag none --event --sign withdrawal --role infirmier --internal oui\n"
            "secondvictim triage --red-flag none --event --sign none --event-date 2026-11-30 -o j0.json --followup-ics suivi.ics"
        ),
        "examples.checkin": (
            "Exemples :\n"
            "secondvictim checkin --previous j0.json\n"
            "secondvictim checkin --previous j0.json --red-flag none --sign none --trend apaisement --item none --support-used oui --step none -o j3.json"
        ),
        "examples.team": (
            "Exemples :\n"
            "secondvictim team --event-date 2026-11-30 --death --situation none -o equipe.json --ics equipe.ics\n"
            "secondvictim team --previous equipe.json --ics equipe.ics --force"
        ),
        "examples.script": (
            "Exemple :\n"
            "secondvictim script"
        ),
        "examples.resources": (
            "Exemples :\n"
            "secondvictim resources --external\n"
            "secondvictim resources --role médecin"
        ),
        "examples.signs": (
            "Exemple :\n"
            "secondvictim signs"
        ),
        "examples.avoid": (
            "Exemple :\n"
            "secondvictim avoid"
        ),
        "examples.about": (
            "Exemples :\n"
            "secondvictim about\n"
            "secondvictim about --sources"
        ),
        "examples.card": (
            "Exemples :\n"
            "secondvictim card -o carte.html\n"
            "secondvictim card --format md > carte.md"
        ),
        "examples.page": (
            "Exemple :\n"
            "secondvictim --data-dir ~/contacts-hopital page -o guide.html"
        ),
        "examples.followup": (
            "Exemples :\n"
            "secondvictim followup --event-date 2026-11-30 --ics rappels.ics --workdays\n"
            "secondvictim followup --previous j0.json --ics suivi.ics --force"
        ),
        "examples.validate": (
            "Exemple :\n"
            "secondvictim validate ~/contacts-hopital"
        ),
        "examples.init": (
            "Exemple :\n"
            "secondvictim init ~/contacts-hopital"
        ),
        "examples.schema": (
            "Exemples :\n"
            "secondvictim schema\n"
            "secondvictim schema checkin"
        ),
        "examples.practice": (
            "Exemples :\n"
            "secondvictim practice\n"
            "secondvictim practice im-fine --reply 2 --reply 1"
        ),
}
