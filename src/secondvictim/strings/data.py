"""The problems of data files, and what validate, init and the sources say."""

from __future__ import annotations

from . import Table

EN: Table = {
        "validate.none": (
            "No institution data found (--data-dir, SECONDVICTIM_DATA_DIR or {folder}): "
            "the packaged guide alone."
        ),
        "validate.folder": "Institution data: {directory} (chosen by {how})",
        "validate.files": "Files read:",
        "validate.packaged": "packaged",
        "validate.then": ", then ",
        "validate.valid": "Valid.",
        "validate.by_config": "your configuration folder",
        "validate.by_argument": "argument",
        "init.done": (
            "Wrote {path}.\n"
            "Fill in your contacts, then check them:  secondvictim --data-dir {directory} validate\n"
            "To have them always used, set SECONDVICTIM_DATA_DIR={directory} or move the file to {folder}"
        ),
        "starter.header": (
            "Your institution's contacts for secondvictim.\n\n"
            "Each item below refers to a contact of the packaged guide by its id; write only what you\n"
            'change, and remove the "#" before a line to use it. Phone numbers and extensions go in\n'
            'quotes, as dialled. A new id adds a contact; "enabled: false" hides one. Texts can be given\n'
            "in English (en) and French (fr); with only one, it is shown in both languages.\n"
            "Check this file with:   secondvictim --data-dir {directory} validate"
        ),
        "starter.regional": "A regional helpline of your own:",
        "starter.oncall": "At night, at weekends and on holidays, a red flag's answer names the routes open at that hour (kind: on-call; open: days and times, 24-hour clock). Name yours: the on-call manager, liaison psychiatry, the emergency department. Without one, it says: the emergency department, or 15.",
        "starter.hide": "To hide a contact your institution does not have:",
        "validate.unset": "No phone number or way to reach these contacts yet: {names}. Managers will only see the national lines until they are set (secondvictim init shows how).",
        "valid.roles": (
            "physician (doctor), intern, nurse, midwife, pharmacist (or pharmacy student), student, "
            "other (nursing assistant, nurse manager, radiographer, physiotherapist...), "
            "staff (non-clinical: porter, cleaning staff, medical secretary, administration, logistics, "
            "technical), unknown"
        ),
        "valid.internal": "yes, no, unknown",
        # Problems in data files
        "p.not_a_file": "not a regular file (a folder, a device or a pipe): expected a YAML file",
        "p.too_large": "file too large ({size} bytes; the limit is 1 MiB)",
        "p.not_found": "file not found",
        "p.permission": "permission denied: cannot be read",
        "p.name_too_long": "the name is too long",
        "p.link_loop": "a link that points to itself",
        "p.cannot_read": "cannot be read ({code})",
        "p.not_utf8": "not valid UTF-8 text (save the file as UTF-8)",
        "p.yaml": "not valid YAML (check the indentation, the colons and the quotes here)",
        "p.yaml_colon": "not valid YAML: a colon is misplaced (put a text containing ': ' in quotes)",
        "p.yaml_tab": "a tab: indent with spaces",
        "p.yaml_quote": "not valid YAML: the quote opened on this line is not closed",
        "p.yaml_escape": "not valid YAML: an unknown escape (\\) in a quoted text",
        "p.yaml_indent": "not valid YAML: the indentation does not match the lines above",
        "p.alias": "anchors and aliases (&name, *name) are not allowed",
        "p.bad_value": "a value that cannot be read (put texts in quotes)",
        "p.complex_key": "a key must be a plain word",
        "p.duplicate_key": "the key '{name}' is written twice",
        "p.long_number": "a number this long has no place in the guide (put texts in quotes)",
        "p.typed_value": "typed values (dates, decimals, !!tags) are not allowed: put the text in quotes",
        "p.too_deep": "lists and mappings nest more than {limit} levels deep",
        "p.not_mapping": "expected a mapping with the keys {keys}",
        "p.unknown_top_key": "unknown key (this file holds {keys})",
        "p.packaged_lang": "no '{code}' version: every packaged text needs one",
        "p.missing_lang": "no '{code}' version: the '{shown}' text is shown instead",
        "p.not_folder": "not a folder (expected a folder of YAML files)",
        "p.folder_not_found": "folder not found (expected a folder of YAML files)",
        "p.unknown_file": "unknown file name (expected one of {names})",
        "p.lower_case_name": "write the file name in lower case: {name}",
        "p.duplicate_id": "the id '{id}' is used twice",
        "p.reserved_id": "'{id}' is a word the triage answers with: choose another id",
        "p.enabled": "enabled is true or false",
        "p.nothing_to_hide": "nothing to hide: no item has the id '{id}'",
        "p.protected_emergency": "the national emergency numbers cannot be changed or hidden; add your own as a new item",
        "p.protected_red_flag": "red flags cannot be changed or hidden; add your own as a new item",
        "p.protected_level3": "what to do at level 3 (act now) cannot be changed, moved or hidden; add your own as a new item",
        "p.protected_contact": (
            "a contact of level 3 (act now) cannot be hidden, nor its kind, audience or roles changed; fill in "
            "how to reach it (phone, extension, location, hours, open, how_to_reach, availability, details) and its name"
        ),
        "p.level_twice": "level {level} is defined twice",
        "p.level_missing": "level {level} is missing",
        "p.unknown_answer": "unknown answer id '{id}'",
        "p.level_range": "a level is 0, 1, 2 or 3",
        "p.no_language": "a text needs at least one language, for example en: ...",
        "p.control": "control characters (escape sequences, carriage returns, NUL) are not allowed in a text",
        "p.invisible": "a text made only of invisible characters",
        "p.unknown_key": "unknown key (check its spelling)",
        "p.lang_indent": "a language at the level of the fields: indent it two spaces more, under the field it belongs to (hours:, name:...)",
        "p.missing": "required, but missing",
        "p.unknown_id": "no item has the id {id}: did you mean {close}?",
        "p.phone": 'a phone number is digits as dialled, separated by spaces (not dots), in quotes, for example "0805 23 23 36"',
        "p.extension": 'an extension is digits only, in quotes, for example "4321"',
        "p.phone_fiction": (
            "a number reserved for fiction, which rings nowhere: still the example from init? "
            "Write the contact's number as dialled from an outside line"
        ),
        "p.phone_not_dialable": (
            "not a number that can be dialled from France: 10 digits starting with 0, a short number "
            "such as 3114, or + and a country code; an internal extension goes in extension, "
            "with the switchboard's number in phone"
        ),
        "p.starter_example": "still the example from init: write your own, or put the # back before the line",
        "p.date": 'a date is written as year-month-day, in quotes, for example "2027-06-30"',
        "sources.title": "Where the numbers come from",
        "sources.intro": (
            "Each number, the page where it was checked, when, and when to check it again. To check one "
            "again: open its source, compare the number, the hours and whom it is for, then update "
            "verified_on and review_by (README: Checking a number again)."
        ),
        "sources.source": "Source: {source}",
        "sources.no_source": "none given",
        "sources.verified_on": "Checked on {date}",
        "sources.review_by": "To check again by {date}",
        "sources.review_passed": "Review date passed on {date}: check it again now",
        "sources.overdue": (
            "Warning: the number of {name} ({phone}) was to be checked again by {date}. "
            "Check it at its source ({source}), then update verified_on and review_by."
        ),
        "p.id": "an id is lower-case letters, digits and hyphens, for example my-helpline",
        "p.unknown_lang": "unknown language '{code}' (use en or fr)",
        "p.one_of": "expected one of: {valid}",
        "p.text": "expected a text",
        "p.integer": "expected a whole number",
        "p.boolean": "expected true or false",
        "p.mapping": "expected a mapping (key: value lines)",
        "p.list": "expected a list (lines starting with '- ')",
        "p.empty_text": "a text cannot be empty",
        "p.pattern": "the value does not have the expected form",
        "p.too_few": {"one": "at least {count} item is needed", "other": "at least {count} items are needed"},
        "p.too_long": "too long (at most {count})",
        "p.range": "the value is out of range",
        "p.invalid": "invalid value ({kind})",
        "p.unusable": "this data could not be used ({error})",
        "validate.problems": {"one": "Not valid: {count} problem.", "other": "Not valid: {count} problems."},
        "validate.warnings": {"one": "{count} warning", "other": "{count} warnings"},
        "validate.more": {
            "one": "… and {count} more problem (secondvictim validate --json lists them all).",
            "other": "… and {count} more problems (secondvictim validate --json lists them all).",
        },
        "validate.more_warnings": {
            "one": "… and {count} more warning (secondvictim validate --json lists them all).",
            "other": "… and {count} more warnings (secondvictim validate --json lists them all).",
        },
        "p.unknown_red_flag": "no red flag has the id '{id}'",
        "p.unknown_action": "no action has the id '{id}'",
        "p.unknown_attitude": "no attitude to avoid has the id '{id}'",
        "p.practice_next": "no step or ending of this scenario has the id '{id}'",
        "p.practice_avoid_helps": "a reply that matches the attitude to avoid '{id}' must have verdict: hurts",
        "p.practice_lang": "missing in {code}: every reply and its feedback are needed in every language",
        "p.practice_cycle": "this reply leads back to an earlier step: a path would never end",
        "p.practice_unreachable": "no path of the scenario reaches '{id}'",
        "p.practice_red_flag": "a path can end without the level-3 actions of the red flag '{id}': {missing}",
}

FR: Table = {
        "validate.none": (
            "Aucune donnée d'établissement trouvée (--data-dir, SECONDVICTIM_DATA_DIR ou {folder}) : "
            "seul le guide fourni est utilisé."
        ),
        "validate.folder": "Données de l'établissement : {directory} (choisi par {how})",
        "validate.files": "Fichiers lus :",
        "validate.packaged": "fourni",
        "validate.then": ", puis ",
        "validate.valid": "Valide.",
        "validate.by_config": "votre dossier de configuration",
        "validate.by_argument": "l'argument de la commande",
        "init.done": (
            "{path} a été écrit.\n"
            "Complétez vos contacts, puis vérifiez-les :  secondvictim --data-dir {directory} validate\n"
            "Pour qu'ils soient toujours utilisés, définissez SECONDVICTIM_DATA_DIR={directory} ou placez le "
            "fichier dans {folder}"
        ),
        "starter.header": (
            "Les contacts de votre établissement pour secondvictim.\n\n"
            "Chaque élément ci-dessous désigne un contact du guide fourni par son identifiant (id) ;\n"
            "n'écrivez que ce que vous changez, et retirez le « # » en début de ligne pour l'utiliser.\n"
            "Les numéros et les postes s'écrivent entre guillemets, tels qu'on les compose. Un nouvel\n"
            "identifiant ajoute un contact ; « enabled: false » en masque un. Les textes peuvent être donnés en anglais (en) et en\n"
            "français (fr) ; s'il n'y en a qu'un, il est affiché dans les deux langues.\n"
            "Vérifiez ce fichier avec :   secondvictim --data-dir {directory} validate"
        ),
        "starter.regional": "Une ligne d'écoute régionale :",
        "starter.oncall": "La nuit, le week-end et les jours fériés, la réponse à un signe de gravité nomme les recours ouverts à cette heure (kind: on-call ; open : jours et heures, sur 24 h). Indiquez les vôtres : cadre de garde, psychiatrie de liaison, urgences. Sans eux, elle dit : les urgences, ou le 15.",
        "starter.hide": "Pour masquer un contact que votre établissement n'a pas :",
        "validate.unset": "Pas encore de numéro ni de moyen de joindre pour ces contacts : {names}. Les cadres ne verront que les lignes nationales tant qu'ils ne sont pas renseignés (secondvictim init montre comment).",
        "valid.roles": (
            "médecin, interne, infirmier ou infirmière (IDE), sage-femme, pharmacien (ou étudiant en "
            "pharmacie), étudiant, autre (aide-soignant, cadre de santé, manipulateur radio, "
            "kinésithérapeute...), non-soignant (brancardier, ASH, secrétaire médicale, administratif, "
            "logistique, technique), inconnu"
        ),
        "valid.internal": "oui, non, inconnu",
        # Problèmes dans les fichiers de données
        "p.not_a_file": "pas un fichier ordinaire (un dossier, un périphérique ou un tube) : un fichier YAML est attendu",
        "p.too_large": "fichier trop volumineux ({size} octets ; la limite est de 1 Mio)",
        "p.not_found": "fichier introuvable",
        "p.permission": "permission refusée : le fichier ne peut pas être lu",
        "p.name_too_long": "le nom est trop long",
        "p.link_loop": "un lien qui pointe vers lui-même",
        "p.cannot_read": "le fichier ne peut pas être lu ({code})",
        "p.not_utf8": "texte non valide en UTF-8 (enregistrez le fichier en UTF-8)",
        "p.yaml": "YAML non valide (vérifiez ici l'indentation, les deux-points et les guillemets)",
        "p.yaml_colon": "YAML non valide : deux-points mal placés (mettez entre guillemets un texte qui contient « : »)",
        "p.yaml_tab": "une tabulation : indentez avec des espaces",
        "p.yaml_quote": "YAML non valide : les guillemets ouverts sur cette ligne ne sont pas fermés",
        "p.yaml_escape": "YAML non valide : un échappement (\\) inconnu dans un texte entre guillemets",
        "p.yaml_indent": "YAML non valide : l'indentation ne correspond pas aux lignes au-dessus",
        "p.alias": "les ancres et les alias (&nom, *nom) ne sont pas autorisés",
        "p.bad_value": "une valeur illisible (mettez les textes entre guillemets)",
        "p.complex_key": "une clé doit être un simple mot",
        "p.duplicate_key": "la clé « {name} » est écrite deux fois",
        "p.long_number": "un nombre aussi long n'a pas sa place dans le guide (mettez les textes entre guillemets)",
        "p.typed_value": "les valeurs typées (dates, décimaux, balises !!) ne sont pas autorisées : mettez le texte entre guillemets",
        "p.too_deep": "les listes et les tableaux sont imbriqués sur plus de {limit} niveaux",
        "p.not_mapping": "un tableau de clés est attendu, avec les clés {keys}",
        "p.unknown_top_key": "clé inconnue (ce fichier contient {keys})",
        "p.packaged_lang": "pas de version « {code} » : chaque texte fourni en a besoin",
        "p.missing_lang": "pas de version « {code} » : le texte « {shown} » est affiché à la place",
        "p.not_folder": "pas un dossier (un dossier de fichiers YAML est attendu)",
        "p.folder_not_found": "dossier introuvable (un dossier de fichiers YAML est attendu)",
        "p.unknown_file": "nom de fichier inconnu (noms possibles : {names})",
        "p.lower_case_name": "écrivez le nom du fichier en minuscules : {name}",
        "p.duplicate_id": "l'identifiant « {id} » est utilisé deux fois",
        "p.reserved_id": "« {id} » est un mot de réponse du repérage : choisissez un autre identifiant",
        "p.enabled": "enabled vaut true ou false",
        "p.nothing_to_hide": "rien à masquer : aucun élément n'a l'identifiant « {id} »",
        "p.protected_emergency": "les numéros d'urgence nationaux ne peuvent être ni modifiés ni masqués ; ajoutez les vôtres comme nouvel élément",
        "p.protected_red_flag": "les signes de gravité ne peuvent être ni modifiés ni masqués ; ajoutez les vôtres comme nouvel élément",
        "p.protected_level3": "la conduite à tenir au niveau 3 (agir immédiatement) ne peut être ni modifiée, ni déplacée, ni masquée ; ajoutez la vôtre comme nouvel élément",
        "p.protected_contact": (
            "un contact du niveau 3 (agir immédiatement) ne peut être masqué, ni changer de type, de public ou de "
            "rôles ; indiquez comment le joindre (phone, extension, location, hours, open, how_to_reach, "
            "availability, details) et son nom"
        ),
        "p.level_twice": "le niveau {level} est défini deux fois",
        "p.level_missing": "le niveau {level} manque",
        "p.unknown_answer": "identifiant de réponse inconnu « {id} »",
        "p.level_range": "un niveau vaut 0, 1, 2 ou 3",
        "p.no_language": "un texte a besoin d'au moins une langue, par exemple fr: ...",
        "p.control": "les caractères de contrôle (séquences d'échappement, retours chariot, NUL) ne sont pas autorisés dans un texte",
        "p.invisible": "un texte fait uniquement de caractères invisibles",
        "p.unknown_key": "clé inconnue (vérifiez son orthographe)",
        "p.lang_indent": "une langue au niveau des champs : indentez-la de deux espaces de plus, sous le champ auquel elle appartient (hours:, name:...)",
        "p.missing": "obligatoire, mais absent",
        "p.unknown_id": "aucun élément n'a l'identifiant {id} : vouliez-vous dire {close} ?",
        "p.phone": "un numéro de téléphone s'écrit en chiffres séparés par des espaces (pas de points), tel qu'on le compose, entre guillemets, par exemple \"0805 23 23 36\"",
        "p.extension": 'un poste s\'écrit en chiffres seulement, entre guillemets, par exemple "4321"',
        "p.phone_fiction": (
            "un numéro réservé à la fiction, qui ne sonne nulle part : encore l'exemple d'init ? "
            "Écrivez le numéro du contact tel qu'on le compose depuis l'extérieur"
        ),
        "p.phone_not_dialable": (
            "pas un numéro que l'on peut composer depuis la France : 10 chiffres commençant par 0, "
            "un numéro court comme le 3114, ou + et un indicatif de pays ; un poste interne va dans "
            "extension, avec le numéro du standard dans phone"
        ),
        "p.starter_example": "encore l'exemple d'init : écrivez le vôtre, ou remettez le # devant la ligne",
        "p.date": 'une date s\'écrit année-mois-jour, entre guillemets, par exemple "2027-06-30"',
        "sources.title": "D'où viennent les numéros",
        "sources.intro": (
            "Chaque numéro, la page où il a été vérifié, quand, et quand le vérifier de nouveau. Pour le "
            "vérifier : ouvrez sa source, comparez le numéro, les horaires et le public, puis mettez à "
            "jour verified_on et review_by (README : Vérifier un numéro de nouveau)."
        ),
        "sources.source": "Source : {source}",
        "sources.no_source": "non indiquée",
        "sources.verified_on": "Vérifié le {date}",
        "sources.review_by": "À vérifier de nouveau avant le {date}",
        "sources.review_passed": "Date de vérification dépassée depuis le {date} : vérifiez-le maintenant",
        "sources.overdue": (
            "Attention : le numéro de {name} ({phone}) devait être vérifié de nouveau avant le {date}. "
            "Vérifiez-le à sa source ({source}), puis mettez à jour verified_on et review_by."
        ),
        "p.id": "un identifiant (id) s'écrit en minuscules, chiffres et traits d'union, par exemple ma-ligne-ecoute",
        "p.unknown_lang": "langue inconnue « {code} » (utilisez en ou fr)",
        "p.one_of": "valeurs possibles : {valid}",
        "p.text": "un texte est attendu",
        "p.integer": "un nombre entier est attendu",
        "p.boolean": "true ou false est attendu",
        "p.mapping": "un tableau de clés est attendu (lignes clé: valeur)",
        "p.list": "une liste est attendue (lignes commençant par « - »)",
        "p.empty_text": "un texte ne peut pas être vide",
        "p.pattern": "la valeur n'a pas la forme attendue",
        "p.too_few": {"one": "il faut au moins {count} élément", "other": "il faut au moins {count} éléments"},
        "p.too_long": "trop long (au plus {count})",
        "p.range": "la valeur est hors des limites",
        "p.invalid": "valeur non valide ({kind})",
        "p.unusable": "ces données n'ont pas pu être utilisées ({error})",
        "validate.problems": {"one": "Non valide : {count} problème.", "other": "Non valide : {count} problèmes."},
        "validate.warnings": {"one": "{count} avertissement", "other": "{count} avertissements"},
        "validate.more": {
            "one": "… et {count} autre problème (secondvictim validate --json les liste tous).",
            "other": "… et {count} autres problèmes (secondvictim validate --json les liste tous).",
        },
        "validate.more_warnings": {
            "one": "… et {count} autre avertissement (secondvictim validate --json les liste tous).",
            "other": "… et {count} autres avertissements (secondvictim validate --json les liste tous).",
        },
        "p.unknown_red_flag": "aucun signe de gravité n'a l'identifiant « {id} »",
        "p.unknown_action": "aucune action n'a l'identifiant « {id} »",
        "p.unknown_attitude": "aucune attitude à éviter n'a l'identifiant « {id} »",
        "p.practice_next": "aucune étape ni fin de ce scénario n'a l'identifiant « {id} »",
        "p.practice_avoid_helps": "une réponse qui correspond à l'attitude à éviter « {id} » doit avoir verdict: hurts",
        "p.practice_lang": "manque en {code} : chaque réponse et son retour sont nécessaires dans toutes les langues",
        "p.practice_cycle": "cette réponse ramène à une étape précédente : un parcours ne finirait jamais",
        "p.practice_unreachable": "aucun parcours du scénario n'atteint « {id} »",
        "p.practice_red_flag": "un parcours peut finir sans les actions de niveau 3 du signe de gravité « {id} » : {missing}",
}
