"""The command line's own words: usage, errors of options and answers, output files, messages."""

from __future__ import annotations

from . import Table

EN: Table = {
        "hint.multi": "Type the numbers separated by spaces (for example 1 3), or press Enter for none.",
        "hint.multi_f": "Type the numbers separated by spaces (for example 1 3), or press Enter for none.",
        "hint.single": "Type a number, or press Enter for: {default}.",
        "hint.yes_no": "[y/n]",
        "prompt": "> ",
        "err.numbers": "Please type numbers between 1 and {count}, separated by spaces, or press Enter.",
        "err.one_number": "Please type one number between 1 and {count}, or press Enter.",
        "err.yes_no": "Please answer y (yes) or n (no).",
        "instead": "Instead: {text}",
        "labelled": "{label}: {text}",
        "quoted": "“{text}”",
        # validate and init
        "config.no_home": "~/.config/secondvictim (no home folder is known for this user)",
        "warn.past": {
            "one": "{count} reminder is already past: {dates}.",
            "other": "{count} reminders are already past: {dates}.",
        },
        "msg.written": "Written: {path} (readable by you only).",
        "msg.no_followup": "Level 0: there is no follow-up to plan, so no calendar file was written.",
        # Messages
        "msg.interrupted_saved": (
            "Interrupted after saving {paths}.\nIn immediate danger, call 15 (SAMU) or 112; suicidal thoughts: 3114."
        ),
        "msg.interrupted": "Interrupted. Nothing was saved.\nIn immediate danger, call 15 (SAMU) or 112; suicidal thoughts: 3114.",
        "msg.unexpected": (
            "secondvictim stopped on an unexpected error ({error}). Please report it.\n"
            "In immediate danger, call 15 (SAMU) or 112; suicidal thoughts: 3114."
        ),
        "msg.eof": (
            "No more input: stopped before the end of the questions. Nothing was saved.\n"
            "In immediate danger, call 15 (SAMU) or 112; suicidal thoughts: 3114."
        ),
        "msg.data_error": "The guide's data cannot be used:",
        "msg.data_fallback": (
            "Warning: your institution's data in {directory} cannot be used. This is the packaged "
            "guide, without your institution's contacts. Problems:"
        ),
        "label": "{text}:",
        "answered": "{question} {answer}",
        "list.separator": "; ",
        "more.prompt": "Enter: the rest of the guidance · q then Enter: finish",
        # On a small screen, under the actions it holds (the others are the first of the rest).
        "more.actions": {
            "one": "1 more action to do: press Enter to see it.",
            "other": "{n} more actions to do: press Enter to see them.",
        },
        "err.page_output": "Say where to write the page, for example: secondvictim page -o guide.html",
        "err.init_folder": (
            "Give the folder to write your institution's starter file in, for example: "
            "secondvictim init ~/hospital-contacts (it is created if needed)"
        ),
        # Errors of options and answers
        "err.try_help": "For help: {command} --help",
        "err.usage": "This command line cannot be understood.",
        "err.extra_args": "Too many arguments: check the spelling of the command and its options.",
        "err.missing_command": "Name a command, for example: secondvictim triage",
        "err.no_such_command": "There is no command '{name}'. The commands are: {valid}.",
        "err.no_such_command_hint": "There is no command '{name}'. Did you mean '{hint}'?",
        "err.no_such_option": "There is no option {option} here.",
        "err.no_such_option_hint": "There is no option {option} here. Did you mean {hint}?",
        "err.needs_value": "The option {option} needs a value.",
        "err.takes_no_value": "The option {option} takes no value.",
        "err.missing": "Missing: {name}.",
        "err.lang": "'{value}' is not a language of this guide. Accepted: {valid}.",
        "err.unknown_value": "{option}: '{value}' is not a known {what}. Accepted: {valid}.",
        "err.unknown_value_hint": "{option}: '{value}' is not a known {what}. Did you mean '{hint}'?",
        "err.none_and_more": "{option}: '{value}' cannot be given together with other values.",
        "err.date": "{option}: '{value}' is not a date. Write it as 27/03/2026, 27/03, 2026-03-27, yesterday or 3 days ago.",
        "err.date_impossible": "{option}: '{value}' does not exist in the calendar.",
        "err.date_range": "{option}: '{value}' is too far in the past or in the future.",
        "err.format": "The format of {path} cannot be told from its extension: give --format ({choices}).",
        "err.format_extension": "The format of {path} cannot be told from its extension: give the file one of these extensions: {choices} (or use --json to print the JSON).",
        "err.two_on_stdout": "Only one document can go to standard output: give --json or name one output -, not both.",
        # One key per meaning, for every command that has these options (card, handout, protocol).
        "err.json_format": "--json and --format both choose the format: give one of them.",
        "err.force_alone": "--force replaces a file written with -o FILE: give -o FILE too, or leave --force out.",
        "err.missing_event": (
            "--event or --no-event is needed when no question can be asked (no terminal): say whether "
            "the professional was involved in a serious event during care, reported or not (or give a --red-flag or a --situation)."
        ),
        "err.stream": "The output cannot be written ({reason}).",
        # Output files
        "out.exists": "{path} already exists; nothing was written. Use --force to replace it.",
        "out.not_regular": "{path} is not a regular file; nothing was written. To print on the screen, use -o -.",
        "out.same_path": "Two outputs name the same file, {path}: give each its own name.",
        "out.no_folder": "The folder {folder} does not exist; nothing was written (create it first).",
        "out.permission": "{path} cannot be written: permission denied.",
        "out.name_too_long": "{path} cannot be written: the name is too long.",
        "out.full": "{path} cannot be written: the disk is full.",
        "out.cannot": "{path} cannot be written ({reason}).",
        "out.cannot_create": "The folder {folder} cannot be created there; nothing was written. Choose a folder of yours.",
        "out.not_a_folder": "{path} is a file, not a folder; nothing was written. Give a folder's name.",
        "out.refused_there": "{path} cannot be created there; nothing was written. Choose a folder of yours.",
        # The command line's own words
        "cli.usage": "Usage:",
        "cli.options": "Options:",
        "cli.arguments": "Arguments:",
        "cli.commands": "Commands:",
        "cli.options_metavar": "[OPTIONS]",
        "cli.command_metavar": "COMMAND [ARGS]...",
        "cli.required": "[required]",
        "meta.file": "FILE",
        "meta.dir": "DIR",
        "meta.id": "ID",
        "meta.date": "DATE",
        "meta.word": "WORD",
        "meta.yes_no_unknown": "yes|no|unknown",
        "meta.trend": "easing|same|worse",
        "meta.name": "NAME",
        "meta.text": "TEXT",
        "hint.one": "Type a number, or words of the reply.",
        "err.one": "Please type one number between 1 and {count}, or words of one reply.",
        "err.practice_reply_alone": "--reply needs a scenario: secondvictim practice ID --reply N.",
        "err.practice_more": "The path stops at a question: give one more --reply (1 to {count}), or play it in a terminal.",
        "err.practice_unknown": "There is no scenario '{id}'. Scenarios: {valid}.",
        "err.practice_unknown_hint": "There is no scenario '{id}'. Did you mean '{hint}'?",
        "err.practice_too_many": "The conversation ended after {count} replies: there are too many --reply.",
        "err.practice_reply": "--reply '{value}' (reply {turn}): give a number between 1 and {count}, or words of one reply.",
        "err.alarm_time": "{option}: '{value}' is not a time. Write it as 08:30.",
        "err.summary": "{path} is not a summary written by secondvictim triage (or checkin) -o FILE.json.",
        "err.no_schema": "There is no schema named '{name}'. Schemas: {valid}.",
        "err.no_schema_hint": "There is no schema named '{name}'. Did you mean {hint}? Schemas: {valid}.",
        "warn.lang_env": "SECONDVICTIM_LANG={value} is not a language of this guide ({valid}): it is ignored.",
        "err.summary_unreadable": "{path}: {reason}.",
        # Added after the rest (issue 12)
        "key.informal": "Between colleagues on first-name terms:",
        "key.after_safety": "Once they are safe, and only then, the key message:",
        "err.event_ahead": "--event-date: {value} is after today; give the day the event happened.",
        "mark.weekend": "(weekend)",
        "mark.holiday": "(public holiday)",
        "err.team_previous": "{path} is not a team plan written by secondvictim team -o FILE.json.",
        "err.summary_ahead": "{path} is for an event on {date}, after today: check the computer's date, or the file.",
}

FR: Table = {
        "hint.multi": "Tapez les numéros séparés par des espaces (par exemple 1 3), ou appuyez sur Entrée s'il n'y en a aucun.",
        "hint.multi_f": "Tapez les numéros séparés par des espaces (par exemple 1 3), ou appuyez sur Entrée s'il n'y en a aucune.",
        "hint.single": "Tapez un numéro, ou appuyez sur Entrée pour : {default}.",
        "hint.yes_no": "[o/n]",
        "prompt": "> ",
        "err.numbers": "Tapez des numéros entre 1 et {count}, séparés par des espaces, ou appuyez sur Entrée.",
        "err.one_number": "Tapez un seul numéro entre 1 et {count}, ou appuyez sur Entrée.",
        "err.yes_no": "Répondez o (oui) ou n (non).",
        "instead": "À la place : {text}",
        "labelled": "{label} : {text}",
        "quoted": "« {text} »",
        # validate et init
        "config.no_home": "~/.config/secondvictim (aucun dossier personnel n'est connu pour cet utilisateur)",
        "warn.past": {
            "one": "{count} rappel est déjà passé : {dates}.",
            "other": "{count} rappels sont déjà passés : {dates}.",
        },
        "msg.written": "Fichier écrit : {path} (lisible par vous seul).",
        "msg.no_followup": "Niveau 0 : aucun suivi à planifier, donc aucun fichier de calendrier n'a été écrit.",
        # Messages
        "msg.interrupted_saved": (
            "Interrompu après avoir enregistré {paths}.\n"
            "En cas de danger immédiat, appelez le 15 (SAMU) ou le 112 ; idées noires : 3114."
        ),
        "msg.interrupted": (
            "Interrompu. Rien n'a été enregistré.\n"
            "En cas de danger immédiat, appelez le 15 (SAMU) ou le 112 ; idées noires : 3114."
        ),
        "msg.unexpected": (
            "secondvictim s'est arrêté sur une erreur inattendue ({error}). Merci de la faire remonter.\n"
            "En cas de danger immédiat, appelez le 15 (SAMU) ou le 112 ; idées noires : 3114."
        ),
        "msg.eof": (
            "Plus de saisie : arrêt avant la fin des questions. Rien n'a été enregistré.\n"
            "En cas de danger immédiat, appelez le 15 (SAMU) ou le 112 ; idées noires : 3114."
        ),
        "msg.data_error": "Les données du guide ne peuvent pas être utilisées :",
        "msg.data_fallback": (
            "Attention : les données de votre établissement dans {directory} ne peuvent pas être "
            "utilisées. Voici le guide fourni, sans les contacts de votre établissement. Problèmes :"
        ),
        "label": "{text} :",
        "answered": "{question} {answer}",
        "list.separator": " ; ",
        "more.prompt": "Entrée : afficher la suite · q puis Entrée : quitter",
        "more.actions": {
            "one": "1 autre action à faire : appuyez sur Entrée pour la voir.",
            "other": "{n} autres actions à faire : appuyez sur Entrée pour les voir.",
        },
        "err.page_output": "Indiquez où écrire la page, par exemple : secondvictim page -o guide.html",
        "err.init_folder": (
            "Indiquez le dossier où écrire le fichier de départ de votre établissement, par exemple : "
            "secondvictim init ~/contacts-hopital (il est créé si besoin)"
        ),
        # Erreurs d'options et de réponses
        "err.try_help": "Pour l'aide : {command} --help",
        "err.usage": "Cette ligne de commande ne peut pas être comprise.",
        "err.extra_args": "Trop d'arguments : vérifiez l'orthographe de la commande et de ses options.",
        "err.missing_command": "Indiquez une commande, par exemple : secondvictim triage",
        "err.no_such_command": "La commande « {name} » n'existe pas. Les commandes sont : {valid}.",
        "err.no_such_command_hint": "La commande « {name} » n'existe pas. Vouliez-vous dire « {hint} » ?",
        "err.no_such_option": "L'option {option} n'existe pas ici.",
        "err.no_such_option_hint": "L'option {option} n'existe pas ici. Vouliez-vous dire {hint} ?",
        "err.needs_value": "L'option {option} attend une valeur.",
        "err.takes_no_value": "L'option {option} n'attend pas de valeur.",
        "err.missing": "Il manque : {name}.",
        "err.lang": "« {value} » n'est pas une langue de ce guide. Valeurs possibles : {valid}.",
        "err.unknown_value": "{option} : « {value} » n'est pas reconnu ({what}). Valeurs possibles : {valid}.",
        "err.unknown_value_hint": "{option} : « {value} » n'est pas reconnu ({what}). Vouliez-vous dire « {hint} » ?",
        "err.none_and_more": "{option} : « {value} » ne peut pas être combiné avec d'autres valeurs.",
        "err.date": "{option} : « {value} » n'est pas une date. Écrivez-la 27/03/2026, 27/03, 2026-03-27, hier ou il y a 3 jours.",
        "err.date_impossible": "{option} : « {value} » n'existe pas dans le calendrier.",
        "err.date_range": "{option} : « {value} » est trop loin dans le passé ou dans l'avenir.",
        "err.format": "Le format de {path} ne peut pas être déduit de son extension : indiquez --format ({choices}).",
        "err.format_extension": "Le format de {path} ne peut pas être déduit de son extension : donnez au fichier l'une de ces extensions : {choices} (ou utilisez --json pour afficher le JSON).",
        "err.two_on_stdout": "Un seul document peut aller sur la sortie standard : indiquez --json ou une seule sortie -, pas les deux.",
        "err.json_format": "--json et --format choisissent tous deux le format : indiquez l'un des deux.",
        "err.force_alone": "--force remplace un fichier écrit avec -o FICHIER : indiquez aussi -o FICHIER, ou retirez --force.",
        "err.missing_event": (
            "--event ou --no-event est nécessaire quand aucune question ne peut être posée (pas de "
            "terminal) : indiquez si le professionnel a été impliqué dans un événement grave lors des "
            "soins, déclaré ou non (ou donnez un --red-flag ou une --situation)."
        ),
        "err.stream": "La sortie ne peut pas être écrite ({reason}).",
        # Fichiers écrits
        "out.exists": "{path} existe déjà ; rien n'a été écrit. Utilisez --force pour le remplacer.",
        "out.not_regular": "{path} n'est pas un fichier ordinaire ; rien n'a été écrit. Pour afficher à l'écran, utilisez -o -.",
        "out.same_path": "Deux sorties désignent le même fichier, {path} : donnez à chacune son propre nom.",
        "out.no_folder": "Le dossier {folder} n'existe pas ; rien n'a été écrit (créez-le d'abord).",
        "out.permission": "{path} ne peut pas être écrit : permission refusée.",
        "out.name_too_long": "{path} ne peut pas être écrit : le nom est trop long.",
        "out.full": "{path} ne peut pas être écrit : le disque est plein.",
        "out.cannot": "{path} ne peut pas être écrit ({reason}).",
        "out.cannot_create": "Le dossier {folder} ne peut pas être créé à cet endroit ; rien n'a été écrit. Choisissez l'un de vos dossiers.",
        "out.not_a_folder": "{path} est un fichier, pas un dossier ; rien n'a été écrit. Donnez le nom d'un dossier.",
        "out.refused_there": "{path} ne peut pas être créé à cet endroit ; rien n'a été écrit. Choisissez l'un de vos dossiers.",
        # Les mots de la ligne de commande
        "cli.usage": "Utilisation :",
        "cli.options": "Options :",
        "cli.arguments": "Arguments :",
        "cli.commands": "Commandes :",
        "cli.options_metavar": "[OPTIONS]",
        "cli.command_metavar": "COMMANDE [ARGUMENTS]…",
        "cli.required": "[obligatoire]",
        "meta.file": "FICHIER",
        "meta.dir": "DOSSIER",
        "meta.id": "ID",
        "meta.date": "DATE",
        "meta.word": "MOT",
        "meta.yes_no_unknown": "oui|non|inconnu",
        "meta.trend": "apaisement|pareil|aggravation",
        "meta.name": "NOM",
        "meta.text": "TEXTE",
        "hint.one": "Tapez un numéro, ou des mots de la réponse.",
        "err.one": "Tapez un seul numéro entre 1 et {count}, ou des mots d'une seule réponse.",
        "err.practice_reply_alone": "--reply demande un scénario : secondvictim practice ID --reply N.",
        "err.practice_more": "Le parcours s'arrête sur une question : donnez encore un --reply (de 1 à {count}), ou jouez-le dans un terminal.",
        "err.practice_unknown": "Le scénario « {id} » n'existe pas. Scénarios : {valid}.",
        "err.practice_unknown_hint": "Le scénario « {id} » n'existe pas. Vouliez-vous dire « {hint} » ?",
        "err.practice_too_many": "La conversation s'est terminée après {count} réponses : il y a trop de --reply.",
        "err.practice_reply": "--reply « {value} » (réponse {turn}) : donnez un numéro entre 1 et {count}, ou des mots d'une seule réponse.",
        "err.alarm_time": "{option} : « {value} » n'est pas une heure. Écrivez-la 08:30.",
        "err.summary": "{path} n'est pas une synthèse écrite par secondvictim triage (ou checkin) -o FICHIER.json.",
        "err.no_schema": "Il n'y a pas de schéma nommé « {name} ». Schémas : {valid}.",
        "err.no_schema_hint": "Il n'y a pas de schéma nommé « {name} ». Vouliez-vous dire {hint} ? Schémas : {valid}.",
        "warn.lang_env": "SECONDVICTIM_LANG={value} n'est pas une langue de ce guide ({valid}) : elle est ignorée.",
        "err.summary_unreadable": "{path} : {reason}.",
        # Ajouté après le reste (ticket 12)
        "key.informal": "Entre collègues qui se tutoient :",
        "key.after_safety": "Une fois la personne en sécurité, et seulement alors, le message clé :",
        "err.event_ahead": "--event-date : le {value} est postérieur à aujourd'hui ; donnez le jour où l'événement a eu lieu.",
        "mark.weekend": "(week-end)",
        "mark.holiday": "(jour férié)",
        "err.team_previous": "{path} n'est pas un plan d'équipe écrit par secondvictim team -o FICHIER.json.",
        "err.summary_ahead": "{path} concerne un événement du {date}, postérieur à aujourd'hui : vérifiez la date de l'ordinateur, ou le fichier.",
}
