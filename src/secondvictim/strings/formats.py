"""The attack run's leftovers around formats and files (issue 28): an output file's empty name,
a --format its extension contradicts, and the French-only informal address."""

from __future__ import annotations

from . import Table

EN: Table = {
    "err.output_empty": (
        "An output file's name is empty (or is the current folder, .): give a file name, for "
        "example sheet.html, or - for standard output."
    ),
    "err.format_clash": (
        "--format {given} and the extension of {path} ({extension}) disagree: the file would open in "
        "the wrong program. Give the file the extension of its format, or leave --format out."
    ),
    "err.json_clash": (
        "--json writes JSON, and the extension of {path} ({extension}) names another format: the file "
        "would open in the wrong program. Name the file .json, or leave --json out to write the format "
        "its extension names."
    ),
    "err.page_extension": (
        "The page is one HTML page, and the extension of {path} ({extension}) names another format: "
        "the file would open in the wrong program. Name it .html, for example guide.html."
    ),
    "err.calendar_clash": (
        "{option} writes a calendar, and the extension of {path} ({extension}) names another format: "
        "the file would open in the wrong program. Name it .ics, for example followup.ics."
    ),
    "err.output_folder": (
        "{path} ends with a folder separator: it names a folder, not a file; nothing was written. "
        "Give the file's name after it, or - for standard output."
    ),
    "handout.address_english": (
        "--address tu: English has one 'you', so the sheet is the same; the informal address is for "
        "the French sheet (--lang fr)."
    ),
}

FR: Table = {
    "err.output_empty": (
        "Le nom d'un fichier de sortie est vide (ou désigne le dossier courant, .) : donnez un nom de "
        "fichier, par exemple fiche.html, ou - pour la sortie standard."
    ),
    "err.format_clash": (
        "--format {given} et l'extension de {path} ({extension}) ne correspondent pas : le fichier "
        "s'ouvrirait avec le mauvais programme. Donnez au fichier l'extension de son format, ou retirez --format."
    ),
    "err.json_clash": (
        "--json écrit du JSON, et l'extension de {path} ({extension}) désigne un autre format : le "
        "fichier s'ouvrirait avec le mauvais programme. Nommez le fichier en .json, ou retirez --json "
        "pour écrire le format que désigne son extension."
    ),
    "err.page_extension": (
        "La page est une page HTML, et l'extension de {path} ({extension}) désigne un autre format : "
        "le fichier s'ouvrirait avec le mauvais programme. Nommez-le en .html, par exemple guide.html."
    ),
    "err.calendar_clash": (
        "{option} écrit un calendrier, et l'extension de {path} ({extension}) désigne un autre format : "
        "le fichier s'ouvrirait avec le mauvais programme. Nommez-le en .ics, par exemple suivi.ics."
    ),
    "err.output_folder": (
        "{path} se termine par un séparateur de dossier : c'est un dossier, pas un fichier ; rien n'a "
        "été écrit. Ajoutez le nom du fichier à la suite, ou - pour la sortie standard."
    ),
    "handout.address_english": (
        "--address tu : l'anglais n'a qu'un « you », la fiche est donc la même ; le tutoiement vaut "
        "pour la fiche en français (--lang fr)."
    ),
}
