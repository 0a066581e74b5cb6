"""The attack run's leftovers around a kept summary (issue 28): the last try of the offer to keep
it, the manager's label, the previous summary read back, and the summaries found in a folder."""

from __future__ import annotations

from . import Table

EN: Table = {
    "keep.last": "Last try: type another folder or file name (Enter: {name} here; n: keep nothing).",
    "keep.gave_up": (
        "Nothing was kept: none of the {tries} tries could be written. To keep this summary, run the "
        "command again with -o and a file in a folder of yours, for example -o ~/summary.json."
    ),
}

FR: Table = {
    "keep.last": "Dernier essai : tapez un autre dossier ou nom de fichier (Entrée : {name} ici ; n : ne rien garder).",
    "keep.gave_up": (
        "Rien n'a été gardé : aucun des {tries} essais n'a pu être écrit. Pour garder cette synthèse, "
        "relancez la commande avec -o et un fichier dans un de vos dossiers, par exemple -o ~/synthese.json."
    ),
}
