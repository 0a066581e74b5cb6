"""Every interface string (questions, headings, labels, messages), in one place per language.

The guide's content lives in data/; these are the words of the program around it.
"""

from __future__ import annotations

from .choices import DEFAULT_LANG, Lang

STRINGS: dict[Lang, dict[str, str]] = {
    "en": {
        # Triage questions
        "q.red_flags": "Do you see any of these red flags right now?",
        "q.event": "Was the professional involved in a serious adverse event associated with care?",
        "q.signs": "Which warning signs do you see?",
        "q.role": "What is the professional's role?",
        "q.internal": "Is the professional willing and able to use the institution's internal resources?",
        "hint.multi": "Type the numbers separated by spaces (for example 1 3), or press Enter for none.",
        "hint.single": "Type a number, or press Enter for: {default}.",
        "hint.yes_no": "[y/n]",
        "prompt": "> ",
        "err.numbers": "Please type numbers between 1 and {count}, separated by spaces, or press Enter.",
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
        "why.event": "The professional was involved in a serious adverse event associated with care.",
        "why.none": "No serious adverse event and no warning sign in your answers.",
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
        "labelled": "{label}: {text}",
        "quoted": "“{text}”",
        # Resources
        "h.internal": "Internal resources (mobilise them as a priority)",
        "h.external": "External resources (if internal ones cannot be used; call at once)",
        "internal.intro": "Make seeking support legitimate, accessible and non-stigmatising: offer to make the first contact together.",
        "external.intro": "If the professional does not wish to or cannot use the internal resources, give them these reliable external solutions, which can be contacted immediately.",
        "resource.no_phone": "contact details to be set by your institution",
        "resource.for": "For: {audience}",
        "resource.extension": "ext. {extension}",
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
        "validate.warning": "Warning: {warning}",
        "validate.by_config": "your configuration folder",
        "validate.by_argument": "argument",
        "validate.problems": "Not valid: {count} problem(s).",
        "init.exists": "{path} already exists; nothing was written. Use --force to replace it.",
        "init.cannot": "Cannot write {path}: {reason}",
        "init.done": (
            "Wrote {path}.\n"
            "Fill in your contacts, then check them:  secondvictim --data-dir {directory} validate\n"
            "To use them always, set SECONDVICTIM_DATA_DIR={directory} or move the file to {folder}"
        ),
        # Take-away outputs
        "ics.summary": "Second-victim follow-up: {title}",
        "ics.description": (
            "{when}: {what}\n\nKey message: {message}\n\n"
            "In immediate danger, call 15 or 112. Dark thoughts: 3114."
        ),
        "card.title": "Supporting a second victim: pocket guide",
        "card.levels": "Action levels",
        "card.level": "Level {level}: {name}",
        "summary.title": "Second-victim support: triage summary",
        "summary.written": "Written on {date}. This file holds no name and no identity.",
        "summary.answers": "Answers",
        "summary.red_flags": "Red flags: {value}",
        "summary.event": "Involved in a serious adverse event associated with care: {value}",
        "summary.signs": "Warning signs: {value}",
        "summary.role": "Role: {value}",
        "summary.internal": "Willing and able to use the internal resources: {value}",
        "summary.none": "none",
        "summary.not_asked": "not asked",
        "followup.dated": "{date}, {when}: {what}",
        "followup.title": "Follow-up plan from the event of {date}",
        "msg.written": "Written: {path} (readable by you only).",
        "msg.no_followup": "Level 0: there is no follow-up to plan, so no calendar file was written.",
        "msg.exists": "{path} already exists; nothing was written. Use --force to replace it.",
        "msg.format": "Cannot tell the format of {path} from its extension: give --format ({choices}).",
        "starter.header": (
            "Your institution's contacts for secondvictim.\n\n"
            "Each item below refers to a contact of the packaged guide by its id; write only what you\n"
            'change, and remove the "#" before a line to use it. Phone numbers and extensions go in\n'
            'quotes, as dialled. A new id adds a contact; "enabled: false" hides one. Texts can be given\n'
            "in English (en) and French (fr); with only one, it is shown in both languages.\n"
            "Check this file with:   secondvictim --data-dir {directory} validate"
        ),
        "starter.regional": "A regional helpline of your own:",
        "starter.hide": "To hide a contact your institution does not have:",
        # Messages
        "msg.interrupted": "Interrupted. Nothing was saved.",
        "msg.unexpected": (
            "secondvictim stopped on an unexpected error ({error}). Please report it.\n"
            "In immediate danger, call 15 (SAMU) or 112; dark thoughts: 3114."
        ),
        "msg.eof": "No more input: triage stopped before the end. Nothing was saved.",
        "msg.data_error": "The guide's data cannot be used:",
        "msg.data_fallback": (
            "Warning: your institution's data in {directory} cannot be used. This is the packaged "
            "guide, without your institution's contacts. Problems:"
        ),
        "msg.missing_event": (
            "required without a terminal, where no question can be asked: say whether the professional "
            "was involved in a serious adverse event associated with care (or give a --red-flag)."
        ),
        "msg.unknown_id": "'{value}' is not a known {what}. Valid: {valid}.",
        "what.red_flag": "red flag",
        "what.sign": "warning sign",
        # Help of commands and options
        "help.app": (
            'Pocket guide for supporting a colleague after an adverse event associated with care (the "second '
            'victim"). Start with: secondvictim triage'
        ),
        "help.version": "Show the version and exit.",
        "help.plain": "Plain text: no colour, no boxes (also when piped or with NO_COLOR).",
        "help.data_dir": (
            "Folder of your institution's data files. Default: $SECONDVICTIM_DATA_DIR, else your "
            "configuration folder (see 'secondvictim validate')."
        ),
        "help.lang": "Language: en or fr. Default: $SECONDVICTIM_LANG, else the locale (LANG), else en.",
        "help.json": "Print the result as JSON.",
        "help.triage": (
            "Answer a few questions and get what to do, what to say and whom to call.\n\n"
            "On a terminal, the questions not answered by an option are asked. Without a terminal nothing "
            "is asked: absent options mean none or unknown, and --event/--no-event is required."
        ),
        "help.red_flag": (
            "A red flag you see (repeatable): severe-distress, major-disorganisation, dark-thoughts, "
            "danger; or 'none'. Any red flag gives level 3 at once."
        ),
        "help.event": (
            "Whether the professional was involved in a serious adverse event associated with care. "
            "Required without a terminal, unless a red flag is given."
        ),
        "help.sign": (
            "A warning sign you see (repeatable): withdrawal, guilt, anxiety, medico-legal, "
            "behaviour-change; or 'none'."
        ),
        "help.role": "The professional's role (default: unknown).",
        "help.internal": (
            "Whether the professional is willing and able to use the internal resources (default: "
            "unknown). 'no' puts the external resources first."
        ),
        "help.strict": (
            "Stop if the institution's data cannot be used, instead of falling back to the packaged "
            "guide with a warning."
        ),
        "help.script": "Show the first words to say and how to open the conversation.",
        "help.resources": (
            "List the internal and external resources, with phone numbers and whom they are for.\n\n"
            "The emergency numbers are listed too, unless --internal or --external is given."
        ),
        "help.resources_internal": "Only the institution's internal resources.",
        "help.resources_external": "Only the external resources (national helplines).",
        "help.resources_role": "Only the resources for this role.",
        "help.signs": "List the warning signs, and the red flags that require immediate action.",
        "help.avoid": "List the attitudes to avoid, each with what to do instead.",
        "help.about": "Explain what a second victim is, why support matters, and where the content comes from.",
        "help.validate": (
            "Check your institution's data files and say exactly what is wrong.\n\n"
            "Every problem is listed as file:line: field: problem. Exit code 0 when the data is valid, "
            "2 when it is not."
        ),
        "help.validate_dir": (
            "The folder to check. Default: the one that would be loaded (--data-dir, "
            "$SECONDVICTIM_DATA_DIR or your configuration folder)."
        ),
        "help.init": (
            "Write a starter file for your institution's own contacts, to fill in.\n\n"
            "It lists the internal contacts of the guide (psychologist, occupational medicine...) with the "
            "fields to fill in, all commented out, so that it is valid from the start."
        ),
        "help.init_dir": "The folder to write the starter file in (created if needed).",
        "help.force": "Overwrite an existing starter file.",
        "help.force_file": "Replace a file that already exists.",
        "help.summary_output": (
            "Also write the recommendation to FILE (Markdown, HTML or JSON, by its extension): the "
            "answers, level, actions, resources and dated follow-up, no name. Readable by you only."
        ),
        "help.summary_format": "The format of --output, when its extension does not say it.",
        "help.followup_ics": "Also write the follow-up reminders to FILE, an iCalendar file (.ics) to import.",
        "help.event_date": "The day of the event, to date the follow-up (default: today).",
        "help.card": (
            "Print the whole guide as a pocket card, or write it to a file.\n\n"
            "Markdown when piped, HTML for a page to print (two A4 pages), or plain text."
        ),
        "help.card_format": "md, html or txt (default: txt on a terminal, md when piped, else by the extension of -o).",
        "help.card_output": "Write the card to FILE instead of printing it.",
        "help.followup": "Show the follow-up plan with its dates, and write calendar reminders with --ics.",
        "help.ics": "Write one reminder per follow-up step to FILE, an iCalendar file (.ics).",
        # Added after the rest (issue 12)
        "key.informal": "Between colleagues on first-name terms:",
    },
    "fr": {
        # Questions du repérage
        "q.red_flags": "Observez-vous en ce moment l'un de ces signes de gravité ?",
        "q.event": "Le professionnel a-t-il été impliqué dans un événement indésirable grave associé aux soins ?",
        "q.signs": "Quels signes d'alerte observez-vous ?",
        "q.role": "Quelle est la fonction du professionnel ?",
        "q.internal": "Le professionnel souhaite-t-il et peut-il recourir aux ressources internes de l'établissement ?",
        "hint.multi": "Tapez les numéros séparés par des espaces (par exemple 1 3), ou appuyez sur Entrée pour aucun.",
        "hint.single": "Tapez un numéro, ou appuyez sur Entrée pour : {default}.",
        "hint.yes_no": "[o/n]",
        "prompt": "> ",
        "err.numbers": "Tapez des numéros entre 1 et {count}, séparés par des espaces, ou appuyez sur Entrée.",
        "err.one_number": "Tapez un seul numéro entre 1 et {count}, ou appuyez sur Entrée.",
        "err.yes_no": "Répondez o (oui) ou n (non).",
        "triage.intro": (
            "Repérage : quelques questions, puis la conduite à tenir. Aucun nom n'est demandé, rien "
            "n'est enregistré.\nEn cas de danger immédiat, appelez maintenant le 15 (SAMU) ou le 112."
        ),
        # Réponses
        "role.physician": "Médecin",
        "role.intern": "Interne",
        "role.nurse": "Infirmier ou infirmière",
        "role.midwife": "Sage-femme",
        "role.pharmacist": "Pharmacien ou pharmacienne",
        "role.other": "Autre professionnel de santé",
        "role.student": "Étudiant ou étudiante",
        "role.unknown": "Inconnue",
        "internal.yes": "Oui",
        "internal.no": "Non",
        "internal.unknown": "Question pas encore posée",
        # Recommandation
        "level.banner": "Niveau {level} sur 3 : {name}",
        "h.why": "Pourquoi",
        "why.red_flag": "Signe de gravité : {label}",
        "why.sign": "Signe d'alerte : {label}",
        "why.event": "Le professionnel a été impliqué dans un événement indésirable grave associé aux soins.",
        "why.none": "Ni événement indésirable grave ni signe d'alerte dans vos réponses.",
        "h.actions": "Que faire",
        "h.key_message": "Que dire en premier",
        "h.avoid": "Ce qu'il faut éviter",
        "h.contacts": "Qui contacter",
        "contacts.internal_first": (
            "D'abord les ressources internes ; les ressources externes si la personne ne souhaite pas "
            "ou ne peut pas y recourir."
        ),
        "contacts.external_first": (
            "D'abord les ressources externes : la personne ne souhaite pas ou ne peut pas recourir aux "
            "ressources internes."
        ),
        "h.followup": "Suivi",
        "h.emergency": "Numéros d'urgence (France)",
        "h.watch": "Signes d'alerte à surveiller",
        "instead": "À la place : {text}",
        "labelled": "{label} : {text}",
        "quoted": "« {text} »",
        # Ressources
        "h.internal": "Ressources internes (à mobiliser en priorité)",
        "h.external": "Ressources externes (si les ressources internes ne peuvent pas être utilisées ; joignables immédiatement)",
        "internal.intro": (
            "Rendez la demande de soutien légitime, accessible et non stigmatisante : proposez de "
            "prendre le premier contact ensemble."
        ),
        "external.intro": (
            "Si le professionnel ne souhaite pas ou ne peut pas recourir aux ressources internes, "
            "proposez-lui ces solutions externes fiables, joignables immédiatement."
        ),
        "resource.no_phone": "coordonnées à compléter par votre établissement",
        "resource.for": "Pour : {audience}",
        "resource.extension": "poste {extension}",
        # Autres commandes
        "h.script": "Premier contact",
        "h.key": "Le message clé",
        "h.how": "Comment engager la conversation",
        "script.see_avoid": "Voir aussi : secondvictim avoid (attitudes à éviter).",
        "h.signs": "Signes d'alerte",
        "signs.intro": (
            "Le soutien doit être proposé dès la survenue d'un événement indésirable grave ou dès "
            "qu'un professionnel présente des signes inhabituels, tels que :"
        ),
        "h.red_flags": "Signes de gravité : agir immédiatement",
        "red_flags.intro": "Si le professionnel présente l'un de ces signes, agissez immédiatement :",
        "h.red_flag_actions": "À faire tout de suite",
        "h.attitudes": "Attitudes à éviter",
        # validate et init
        "validate.none": (
            "Aucune donnée d'établissement trouvée (--data-dir, SECONDVICTIM_DATA_DIR ou {folder}) : "
            "seul le guide fourni est utilisé."
        ),
        "validate.folder": "Données de l'établissement : {directory} (choisi par {how})",
        "validate.files": "Fichiers lus :",
        "validate.packaged": "fourni",
        "validate.then": ", puis ",
        "validate.valid": "Valide.",
        "validate.warning": "Attention : {warning}",
        "validate.by_config": "votre dossier de configuration",
        "validate.by_argument": "l'argument de la commande",
        "validate.problems": "Non valide : {count} problème(s).",
        "init.exists": "{path} existe déjà ; rien n'a été écrit. Utilisez --force pour le remplacer.",
        "init.cannot": "Impossible d'écrire {path} : {reason}",
        "init.done": (
            "{path} a été écrit.\n"
            "Complétez vos contacts, puis vérifiez-les :  secondvictim --data-dir {directory} validate\n"
            "Pour les utiliser toujours, définissez SECONDVICTIM_DATA_DIR={directory} ou placez le "
            "fichier dans {folder}"
        ),
        # Documents à emporter
        "ics.summary": "Suivi seconde victime : {title}",
        "ics.description": (
            "{when} : {what}\n\nMessage clé : {message}\n\n"
            "En cas de danger immédiat, appelez le 15 ou le 112. Idées noires : 3114."
        ),
        "card.title": "Soutenir une seconde victime : guide de poche",
        "card.levels": "Niveaux d'action",
        "card.level": "Niveau {level} : {name}",
        "summary.title": "Soutien à une seconde victime : synthèse de l'évaluation",
        "summary.written": "Rédigé le {date}. Ce fichier ne contient ni nom ni identité.",
        "summary.answers": "Réponses",
        "summary.red_flags": "Signes de gravité : {value}",
        "summary.event": "Implication dans un événement indésirable grave associé aux soins : {value}",
        "summary.signs": "Signes d'alerte : {value}",
        "summary.role": "Fonction : {value}",
        "summary.internal": "Souhaite et peut recourir aux ressources internes : {value}",
        "summary.none": "aucun",
        "summary.not_asked": "non demandé",
        "followup.dated": "{date}, {when} : {what}",
        "followup.title": "Plan de suivi à partir de l'événement du {date}",
        "msg.written": "Fichier écrit : {path} (lisible par vous uniquement).",
        "msg.no_followup": "Niveau 0 : aucun suivi à planifier, donc aucun fichier de calendrier n'a été écrit.",
        "msg.exists": "{path} existe déjà ; rien n'a été écrit. Utilisez --force pour le remplacer.",
        "msg.format": "Impossible de déduire le format de {path} de son extension : indiquez --format ({choices}).",
        "starter.header": (
            "Les contacts de votre établissement pour secondvictim.\n\n"
            "Chaque élément ci-dessous désigne un contact du guide fourni par son id ; n'écrivez que ce\n"
            "que vous changez, et retirez le « # » en début de ligne pour l'utiliser. Les numéros et les\n"
            "postes s'écrivent entre guillemets, tels qu'on les compose. Un nouvel id ajoute un contact ;\n"
            "« enabled: false » en masque un. Les textes peuvent être donnés en anglais (en) et en\n"
            "français (fr) ; s'il n'y en a qu'un, il est affiché dans les deux langues.\n"
            "Vérifiez ce fichier avec :   secondvictim --data-dir {directory} validate"
        ),
        "starter.regional": "Une ligne d'écoute régionale :",
        "starter.hide": "Pour masquer un contact que votre établissement n'a pas :",
        # Messages
        "msg.interrupted": "Interrompu. Rien n'a été enregistré.",
        "msg.unexpected": (
            "secondvictim s'est arrêté sur une erreur inattendue ({error}). Merci de la faire remonter.\n"
            "En cas de danger immédiat, appelez le 15 (SAMU) ou le 112 ; idées noires : 3114."
        ),
        "msg.eof": "Plus de saisie : l'évaluation s'est arrêtée avant la fin. Rien n'a été enregistré.",
        "msg.data_error": "Les données du guide ne peuvent pas être utilisées :",
        "msg.data_fallback": (
            "Attention : les données de votre établissement dans {directory} ne peuvent pas être "
            "utilisées. Voici le guide fourni, sans les contacts de votre établissement. Problèmes :"
        ),
        "msg.missing_event": (
            "obligatoire sans terminal, car aucune question ne peut être posée : indiquez si le "
            "professionnel a été impliqué dans un événement indésirable grave associé aux soins (ou "
            "donnez un --red-flag)."
        ),
        "msg.unknown_id": "« {value} » n'est pas un {what} connu. Valeurs possibles : {valid}.",
        "what.red_flag": "signe de gravité",
        "what.sign": "signe d'alerte",
        # Aide des commandes et des options
        "help.app": (
            "Guide de poche pour soutenir un collègue après un événement indésirable associé aux soins "
            "(la « seconde victime »). Pour commencer : secondvictim triage"
        ),
        "help.version": "Afficher la version et quitter.",
        "help.plain": "Texte brut : ni couleurs ni cadres (aussi quand la sortie est redirigée ou avec NO_COLOR).",
        "help.data_dir": (
            "Dossier des fichiers de données de votre établissement. Par défaut : $SECONDVICTIM_DATA_DIR, "
            "sinon votre dossier de configuration (voir « secondvictim validate »)."
        ),
        "help.lang": "Langue : en ou fr. Par défaut : $SECONDVICTIM_LANG, sinon la locale (LANG), sinon en.",
        "help.json": "Afficher le résultat en JSON.",
        "help.triage": (
            "Répondre à quelques questions et savoir quoi faire, quoi dire et qui appeler.\n\n"
            "Dans un terminal, les questions sans option correspondante sont posées. Sans terminal, "
            "aucune question n'est posée : une option absente vaut « aucun » ou « inconnu », et "
            "--event/--no-event est obligatoire."
        ),
        "help.red_flag": (
            "Un signe de gravité observé (répétable) : severe-distress, major-disorganisation, "
            "dark-thoughts, danger ; ou « none ». Un seul suffit pour le niveau 3."
        ),
        "help.event": (
            "Si le professionnel a été impliqué dans un événement indésirable grave associé aux soins. "
            "Obligatoire sans terminal, sauf si un signe de gravité est donné."
        ),
        "help.sign": (
            "Un signe d'alerte observé (répétable) : withdrawal, guilt, anxiety, medico-legal, "
            "behaviour-change ; ou « none »."
        ),
        "help.role": "La fonction du professionnel (par défaut : unknown, inconnue).",
        "help.internal": (
            "Si le professionnel souhaite et peut recourir aux ressources internes (par défaut : "
            "unknown). « no » place les ressources externes en premier."
        ),
        "help.strict": (
            "S'arrêter si les données de l'établissement sont inutilisables, au lieu d'afficher le "
            "guide fourni avec un avertissement."
        ),
        "help.script": "Afficher les premiers mots à dire et comment engager la conversation.",
        "help.resources": (
            "Lister les ressources internes et externes, avec leurs numéros et leur public.\n\n"
            "Les numéros d'urgence sont aussi listés, sauf avec --internal ou --external."
        ),
        "help.resources_internal": "Seulement les ressources internes de l'établissement.",
        "help.resources_external": "Seulement les ressources externes (numéros nationaux).",
        "help.resources_role": "Seulement les ressources destinées à cette fonction.",
        "help.signs": "Lister les signes d'alerte, et les signes de gravité qui imposent d'agir immédiatement.",
        "help.avoid": "Lister les attitudes à éviter, chacune avec ce qu'il faut faire à la place.",
        "help.about": "Expliquer ce qu'est une seconde victime, pourquoi la soutenir, et d'où vient le contenu.",
        "help.validate": (
            "Vérifier les fichiers de données de votre établissement et dire précisément ce qui ne va pas.\n\n"
            "Chaque problème est listé sous la forme fichier:ligne: champ: problème. Code de sortie 0 si les "
            "données sont valides, 2 sinon."
        ),
        "help.validate_dir": (
            "Le dossier à vérifier. Par défaut : celui qui serait chargé (--data-dir, "
            "$SECONDVICTIM_DATA_DIR ou votre dossier de configuration)."
        ),
        "help.init": (
            "Écrire un fichier de départ pour les contacts de votre établissement, à compléter.\n\n"
            "Il liste les contacts internes du guide (psychologue, médecine du travail...) avec les champs "
            "à remplir, tous en commentaire, de sorte qu'il est valide d'emblée."
        ),
        "help.init_dir": "Le dossier où écrire le fichier de départ (créé si besoin).",
        "help.force": "Remplacer un fichier de départ existant.",
        "help.force_file": "Remplacer un fichier qui existe déjà.",
        "help.summary_output": (
            "Écrire aussi la recommandation dans FICHIER (Markdown, HTML ou JSON, selon l'extension) : "
            "réponses, niveau, actions, ressources et suivi daté, sans nom. Lisible par vous uniquement."
        ),
        "help.summary_format": "Le format de --output, quand son extension ne l'indique pas.",
        "help.followup_ics": "Écrire aussi les rappels de suivi dans FICHIER, un fichier iCalendar (.ics) à importer.",
        "help.event_date": "Le jour de l'événement, pour dater le suivi (par défaut : aujourd'hui).",
        "help.card": (
            "Afficher tout le guide sous forme de carte de poche, ou l'écrire dans un fichier.\n\n"
            "Markdown si la sortie est redirigée, HTML pour une page à imprimer (deux pages A4), ou texte brut."
        ),
        "help.card_format": (
            "md, html ou txt (par défaut : txt dans un terminal, md si la sortie est redirigée, sinon "
            "selon l'extension de -o)."
        ),
        "help.card_output": "Écrire la carte dans FICHIER au lieu de l'afficher.",
        "help.followup": "Afficher le plan de suivi avec ses dates, et écrire des rappels de calendrier avec --ics.",
        "help.ics": "Écrire un rappel par étape du suivi dans FICHIER, un fichier iCalendar (.ics).",
        # Ajouté après le reste (ticket 12)
        "key.informal": "Entre collègues qui se tutoient :",
    },
}


def t(key: str, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The interface string `key` in `lang` (falling back to the default language)."""
    table = STRINGS.get(lang, STRINGS[DEFAULT_LANG])
    text = table.get(key) or STRINGS[DEFAULT_LANG][key]
    return text.format(**values) if values else text
