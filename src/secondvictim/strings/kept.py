"""The attack run's leftovers around a kept summary (issue 28): the last try of the offer to keep
it, the manager's label, the previous summary read back, and the summaries found in a folder."""

from __future__ import annotations

from . import Table

EN: Table = {
    "keep.last": "Last try: type another folder or file name (Enter: {name} here; n: keep nothing).",
    "keep.gave_up": (
        "Nothing was kept: all {tries} tries failed. To keep this summary, run the "
        "command again with -o and a file in a folder of yours, for example -o ~/summary.json."
    ),
    "keep.err.label_lines": (
        "--label is on several lines: a label is one line (for example 'night B'). No names: a label "
        "that identifies no one."
    ),
    "keep.err.label_control": (
        "--label contains an invisible control character ({code}), often pasted with the text: type the "
        "label again by hand (for example 'night B')."
    ),
    "keep.label_unused": (
        "--label goes only into the files written (-o FILE, the calendar reminders, a kept summary), "
        "and none is written here: the label was not used."
    ),
    "checkin.err.empty": "{path} is empty: it cannot be used as the previous contact.",
    "checkin.err.empty_stdin": (
        "--previous -: standard input was empty, no summary came through it. Pipe the summary in "
        "(for example --previous - < summary.json), or give its file: --previous summary.json."
    ),
    "keep.found_level": "{date}: level {level}, plan {code}",
    "keep.found_unread": "{date}: plan {code}",
    "keep.found_count": "(latest of {count} summaries)",
    "keep.found_team_plan": "plan {code} of {date}",
    "keep.found_teams": {
        "one": "Also kept here, a team plan: {plans} (continue it with secondvictim team --previous FILE).",
        "other": (
            "Also kept here, {count} team plans: {plans} (continue them with secondvictim team --previous FILE)."
        ),
    },
    "keep.found_more": {
        "one": "1 more plan not shown: secondvictim checkin --previous FILE",
        "other": "{count} more plans not shown: secondvictim checkin --previous FILE",
    },
    "keep.found_broken": {
        "one": "1 file in this folder could not be read.",
        "other": "{count} files in this folder could not be read.",
    },
    "keep.found_future": {
        "one": "1 summary is dated after today (is the clock right?): not listed.",
        "other": "{count} summaries are dated after today (is the clock right?): not listed.",
    },
}

FR: Table = {
    "keep.last": "Dernier essai : tapez un autre dossier ou nom de fichier (Entrée : {name} ici ; n : ne rien garder).",
    "keep.gave_up": (
        "Rien n'a été gardé : aucun des {tries} essais n'a abouti. Pour garder cette synthèse, "
        "relancez la commande avec -o et un fichier dans l'un de vos dossiers, par exemple -o ~/synthese.json."
    ),
    "keep.err.label_lines": (
        "--label tient sur plusieurs lignes : un repère tient sur une seule (par exemple « nuit B »). "
        "Aucun nom : un repère qui n'identifie personne."
    ),
    "keep.err.label_control": (
        "--label contient un caractère de contrôle invisible ({code}), souvent collé avec le texte : "
        "retapez le repère à la main (par exemple « nuit B »)."
    ),
    "keep.label_unused": (
        "--label ne va que dans les fichiers écrits (-o FICHIER, les rappels de calendrier, une "
        "synthèse gardée), et aucun fichier n'est écrit ici : le repère n'a pas servi."
    ),
    "checkin.err.empty": "{path} est vide : il ne peut pas servir de point précédent.",
    "checkin.err.empty_stdin": (
        "--previous - : l'entrée standard était vide, aucune synthèse n'y est arrivée. Envoyez-y la "
        "synthèse (par exemple --previous - < synthese.json), ou donnez son fichier : --previous synthese.json."
    ),
    "keep.found_level": "{date} : niveau {level}, plan {code}",
    "keep.found_unread": "{date} : plan {code}",
    "keep.found_count": "(dernière de {count} synthèses)",
    "keep.found_team_plan": "plan {code} du {date}",
    "keep.found_teams": {
        "one": "Il y a aussi ici un plan d'équipe : {plans} (à poursuivre avec secondvictim team --previous FICHIER).",
        "other": (
            "Il y a aussi ici {count} plans d'équipe : {plans} (à poursuivre avec secondvictim team --previous "
            "FICHIER)."
        ),
    },
    "keep.found_more": {
        "one": "1 autre plan non affiché : secondvictim checkin --previous FICHIER",
        "other": "{count} autres plans non affichés : secondvictim checkin --previous FICHIER",
    },
    "keep.found_broken": {
        "one": "1 fichier de ce dossier n'a pas pu être lu.",
        "other": "{count} fichiers de ce dossier n'ont pas pu être lus.",
    },
    "keep.found_future": {
        "one": "1 synthèse est datée d'après aujourd'hui (l'horloge est-elle juste ?) : non listée.",
        "other": "{count} synthèses sont datées d'après aujourd'hui (l'horloge est-elle juste ?) : non listées.",
    },
}
