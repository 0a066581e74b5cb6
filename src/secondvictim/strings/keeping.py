"""Keeping the thread (issue 24): the plan's short code, the manager's label, and the summary kept
at the end of an interactive triage, check-in or team plan."""

from __future__ import annotations

from . import Table

EN: Table = {
        # The plan's short code, and the label the manager chose (kept only in the files).
        "help.no_pager": (
            "Print long outputs (signs, about, the rest of a result) straight to the terminal, "
            "without the pager (PAGER, else less)."
        ),
        "keep.plan": "Plan code: {code}.",
        "keep.plan_label": "Plan code: {code}. Your label: {label}.",
        "keep.ics_label": "Your label: {label}.",
        "keep.checkin_day": "Plan {code}, day {day} after the event of {event}.",
        "help.label": (
            "A label of your own for this plan, kept only in the files written (summary, calendar "
            "reminders) and never shown on screen. No names: a label that identifies no one "
            "(for example 'night B'). The plan's code (plan K7F2) already tells plans apart."
        ),
        "keep.err.label": (
            "--label is {length} characters long: a label takes at most {max}. No names: a label "
            "that identifies no one (for example 'night B')."
        ),
        # Keeping the summary at the end of an interactive triage, check-in or team plan.
        "keep.offer": (
            "Keep a summary for the next contact? It holds no name: only what was answered, what was "
            "advised and the dates.\nEnter: {name} in this folder. Or type another folder or file name; n: keep nothing."
        ),
        "keep.again": "Type another folder or file name (Enter: {name} here; n: keep nothing).",
        "keep.kept": "Kept: {path} (readable by you only).\nNext contact: {command}",
        "keep.nothing": "Nothing was kept.",
        "keep.exists": "{path} already exists: nothing was written over it.",
        "keep.q_found": "Summaries kept in this folder, newest first. Which plan does this contact continue?",
        "keep.found_none": "None of these: I will give the day of the event",
}

FR: Table = {
        "help.no_pager": (
            "Afficher les sorties longues (signs, about, la suite d'un résultat) directement dans "
            "le terminal, sans le paginateur (PAGER, sinon less)."
        ),
        "keep.plan": "Code du plan : {code}.",
        "keep.plan_label": "Code du plan : {code}. Votre repère : {label}.",
        "keep.ics_label": "Votre repère : {label}.",
        "keep.checkin_day": "Plan {code}, J+{day} de l'événement du {event}.",
        "help.label": (
            "Un repère à vous pour ce plan, gardé seulement dans les fichiers écrits (synthèse, "
            "rappels de calendrier) et jamais affiché à l'écran. Aucun nom : un repère qui "
            "n'identifie personne (par exemple « nuit B »). Le code du plan (plan K7F2) distingue "
            "déjà les plans."
        ),
        "keep.err.label": (
            "--label fait {length} caractères : un repère en compte {max} au plus. Aucun nom : un repère "
            "qui n'identifie personne (par exemple « nuit B »)."
        ),
        "keep.offer": (
            "Garder une synthèse pour le prochain point ? Elle ne contient aucun nom : seulement les "
            "réponses, ce qui a été conseillé et les dates.\nEntrée : {name} dans ce dossier. Ou tapez un autre dossier "
            "ou nom de fichier ; n : ne rien garder."
        ),
        "keep.again": "Tapez un autre dossier ou nom de fichier (Entrée : {name} ici ; n : ne rien garder).",
        "keep.kept": "Gardé : {path} (lisible par vous seul).\nProchain point : {command}",
        "keep.nothing": "Rien n'a été gardé.",
        "keep.exists": "{path} existe déjà : rien n'a été écrit par-dessus.",
        "keep.q_found": (
            "Synthèses gardées dans ce dossier, de la plus récente à la plus ancienne. Quel plan ce "
            "point poursuit-il ?"
        ),
        "keep.found_none": "Aucune : je donnerai le jour de l'événement",
}
