"""The help of the program, its commands and options."""

from __future__ import annotations

from . import Table

EN: Table = {
        "help.full": "On a terminal, show the whole guidance at once, the decision last (by default the decision comes alone, the rest one keystroke away). Piped output, --json and -o always hold everything.",
        "help.page": (
            "Write the guide and the triage as one offline page for phones, from your institution's data.\n\n"
            "One HTML file, both languages, no network access; publish it on the intranet or send it to phones."
        ),
        "help.page_output": "Write the page to FILE (required).",
        "help.help": "Show this help and exit.",
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
            "is asked: absent options mean none or unknown, and --event/--no-event is required (unless a "
            "red flag or a situation is given)."
        ),
        "help.red_flag": (
            "A red flag you see (repeatable), by its id or in words ('dark thoughts'): severe-distress, "
            "major-disorganisation, dark-thoughts, danger; or 'none'. Any red flag gives level 3 at once."
        ),
        "help.event": (
            "Whether the professional was involved in a serious event during care (an error, a complication, an unexpected death), reported or not. "
            "Required without a terminal, unless a red flag or a situation is given."
        ),
        "help.sign": (
            "A warning sign you see (repeatable), by its id or in words: withdrawal, guilt, anxiety, "
            "medico-legal, behaviour-change; or 'none'."
        ),
        "help.role": (
            "The professional's role, in words (nurse, physician, intern, nursing assistant, "
            "non-clinical staff...); default: unknown."
        ),
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
        "help.about_sources": "List every number with its source, when it was checked and when to check it again.",
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
            "It lists the internal contacts of the guide (psychologist, occupational health…) with the "
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
        "help.event_date": "The day of the event, to date the follow-up (default: today): 27/03/2026, 27/03, 2026-03-27, today, yesterday, '3 days ago'.",
        "help.card": (
            "Print the whole guide as a pocket card, or write it to a file.\n\n"
            "Markdown when piped, HTML for a page to print (two A4 pages), or plain text."
        ),
        "help.card_format": "txt, md or html (default: by the extension of -o; else text on a terminal, Markdown when piped).",
        "help.card_output": "Write the card to FILE instead of printing it.",
        "help.followup": "Show the follow-up plan with its dates, and write calendar reminders with --ics.",
        "help.ics": "Write one reminder per follow-up step to FILE, an iCalendar file (.ics).",
        "help.alarm_time": "The time of each reminder's alarm, on its day, as HH:MM (default: 08:30).",
        "help.workdays": "Move reminders due on a weekend or a French public holiday to the nearest working day after the previous contact (a Sunday's to the Monday). The same-shift contact never moves, and the 24-48 hour one never past 48 hours: it then stays on its weekend day.",
        "help.previous": (
            "A triage or check-in summary written with -o FILE.json (or - for standard input): its plan's reminders again, with the same "
            "identifiers, so that importing them again updates the events instead of duplicating them."
        ),
        "help.schema": (
            "Print the JSON Schema of a command's JSON output (--json), or list them.\n\n"
            "Every JSON document names its shape in its schema field, for example secondvictim/followup/2; "
            "a change that could break a reader bumps the number."
        ),
        "help.schema_name": "The command whose JSON is described (error: the JSON of an error).",
        "help.practice": (
            "Rehearse the first conversation before the day: a scenario, replies to choose, feedback on each "
            "against the key message and the attitudes to avoid. No score, nothing stored.\n\n"
            "Without ID, lists the scenarios."
        ),
        "help.practice_id": "The scenario to play (see `secondvictim practice`).",
        "help.practice_reply": "A reply to choose, by number or words, in order (repeat it): plays a path without questions.",
        "help.checkin": (
            "A follow-up contact: red flags again, the warning signs, the trend, a few questions asked again "
            "and the steps to come, compared with the previous summary.\n\n"
            "On a terminal, the questions not answered by an option are asked. Without a terminal nothing is "
            "asked: an absent option means not answered. --event-date or --previous is required."
        ),
        "help.checkin_event_date": "The day of the event (asked on a terminal unless --previous gives it): 27/03/2026, 27/03, 2026-03-27, yesterday, '3 days ago'.",
        "help.checkin_previous": "The previous summary, written with -o FILE.json by triage or checkin (or - for standard input): compared with this contact.",
        "help.checkin_trend": "Since the last contact: easing, same or worse.",
        "help.checkin_item": "A re-check item they describe (repeatable), by its id (listed by 'secondvictim signs') or in words; or 'none'.",
        "help.checkin_support": "Whether they have used the support offered: yes, no or unknown.",
        "help.checkin_step": (
            "A step of the event's processes still to come (repeatable), as ID or ID=DATE, as listed by "
            "'secondvictim signs'; or 'none'."
        ),
        "help.checkin_output": (
            "Also write this contact to FILE (Markdown, HTML or JSON, by its extension), with the contacts so "
            "far and no name. A .json file can be given to the next check-in with --previous. Readable by you only."
        ),
        "help.checkin_ics": "Also write the reminders still to come, and the contacts around dated steps, to FILE (.ics).",
        "help.team": (
            "The plan when an event hits a whole team: the same-shift huddle, a moment of silence after a "
            "death, whom to think of, individual check-ins, a voluntary team reflection kept apart from the "
            "review, and your own support.\n\n"
            "On a terminal, asks whether a patient died and which situations apply. Without a terminal "
            "nothing is asked and no option is required: absent options mean no death and no situation."
        ),
        "help.team_death": "A patient died: the plan adds the optional moment of silence (by default the question is asked on a terminal; without one, no death).",
        "help.team_output": (
            "Also write the plan to FILE (Markdown, HTML or JSON, by its extension), with its dates and "
            "no name. Readable by you alone."
        ),
        "help.team_ics": "Also write the team's dated steps to FILE, an iCalendar file (.ics) to import.",
        "help.team_previous": (
            "A team plan written with -o FILE.json (or - for standard input): the same plan again, with the same "
            "event date, answers and identifiers, so that importing its --ics again updates the events."
        ),
        "help.situation": (
            "A situation that calls for outreach, even without a sign, by its id or in words (repeat "
            "for several; none for none). The ids are listed by 'secondvictim signs'."
        ),
}

FR: Table = {
        "help.full": "Dans un terminal, afficher tout le guide d'un coup, la décision en dernier (par défaut, la décision s'affiche seule et le reste à une touche). La sortie redirigée, --json et -o contiennent toujours tout.",
        "help.page": (
            "Écrire le guide et le repérage en une page hors ligne pour téléphone, à partir des données de votre établissement.\n\n"
            "Un seul fichier HTML, les deux langues, aucun accès au réseau ; à publier sur l'intranet ou à envoyer sur les téléphones."
        ),
        "help.page_output": "Écrire la page dans FICHIER (obligatoire).",
        "help.help": "Afficher cette aide et quitter.",
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
            "--event/--no-event est obligatoire (sauf avec un signe de gravité ou une situation)."
        ),
        "help.red_flag": (
            "Un signe de gravité observé (répétable), par son identifiant ou en mots (« idées noires ») : "
            "severe-distress, major-disorganisation, dark-thoughts, danger ; ou « aucun ». Un seul suffit "
            "pour le niveau 3."
        ),
        "help.event": (
            "Si le professionnel a été impliqué dans un événement grave lors des soins (erreur, complication, décès inattendu), déclaré ou non. "
            "Obligatoire sans terminal, sauf avec un signe de gravité ou une situation."
        ),
        "help.sign": (
            "Un signe d'alerte observé (répétable), par son identifiant ou en mots (« culpabilité ») : "
            "withdrawal, guilt, anxiety, medico-legal, behaviour-change ; ou « aucun »."
        ),
        "help.role": (
            "La fonction du professionnel, en toutes lettres (infirmière, médecin, interne, aide-soignant, "
            "non-soignant…) ; par défaut : inconnue."
        ),
        "help.internal": (
            "Si le professionnel souhaite et peut recourir aux ressources internes : oui, non ou "
            "inconnu (par défaut). « non » place les ressources externes en premier."
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
        "help.about_sources": "Lister chaque numéro avec sa source, la date de sa vérification et celle de la prochaine.",
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
            "Il liste les contacts internes du guide (psychologue, médecine du travail…) avec les champs "
            "à remplir, tous en commentaire, de sorte qu'il est valide d'emblée."
        ),
        "help.init_dir": "Le dossier où écrire le fichier de départ (créé si besoin).",
        "help.force": "Remplacer un fichier de départ existant.",
        "help.force_file": "Remplacer un fichier qui existe déjà.",
        "help.summary_output": (
            "Écrire aussi la recommandation dans FICHIER (Markdown, HTML ou JSON, selon l'extension) : "
            "réponses, niveau, actions, ressources et suivi daté, sans nom. Lisible par vous seul."
        ),
        "help.summary_format": "Le format de --output, quand son extension ne l'indique pas.",
        "help.followup_ics": "Écrire aussi les rappels de suivi dans FICHIER, un fichier iCalendar (.ics) à importer.",
        "help.event_date": "Le jour de l'événement, pour dater le suivi (par défaut : aujourd'hui) : 27/03/2026, 27/03, 2026-03-27, hier, avant-hier, « il y a 3 jours ».",
        "help.card": (
            "Afficher tout le guide sous forme de carte de poche, ou l'écrire dans un fichier.\n\n"
            "Markdown si la sortie est redirigée, HTML pour une page à imprimer (deux pages A4), ou texte brut."
        ),
        "help.card_format": (
            "txt, md ou html (par défaut : selon l'extension de -o ; sinon du texte dans un terminal, du "
            "Markdown si la sortie est redirigée)."
        ),
        "help.card_output": "Écrire la carte dans FICHIER au lieu de l'afficher.",
        "help.followup": "Afficher le plan de suivi avec ses dates, et écrire des rappels de calendrier avec --ics.",
        "help.ics": "Écrire un rappel par étape du suivi dans FICHIER, un fichier iCalendar (.ics).",
        "help.alarm_time": "L'heure de l'alarme de chaque rappel, le jour même, au format HH:MM (par défaut : 08:30).",
        "help.workdays": "Déplacer les rappels qui tombent un week-end ou un jour férié au jour ouvré le plus proche après le point précédent (celui d'un dimanche passe au lundi). Le contact du jour même ne bouge jamais, et celui des 24 à 48 heures jamais au-delà de 48 heures : il reste alors le week-end.",
        "help.previous": (
            "Une synthèse de repérage ou de point de suivi écrite avec -o FICHIER.json (ou - pour l'entrée standard) : les rappels de ce plan à nouveau, "
            "avec les mêmes identifiants, pour qu'un nouvel import mette à jour les événements au lieu de les dupliquer."
        ),
        "help.schema": (
            "Afficher le schéma JSON de la sortie JSON (--json) d'une commande, ou les lister.\n\n"
            "Chaque document JSON nomme sa forme dans son champ schema, par exemple secondvictim/followup/2 ; "
            "un changement qui pourrait gêner un lecteur incrémente le numéro."
        ),
        "help.schema_name": "La commande dont le JSON est décrit (error : le JSON d'une erreur).",
        "help.practice": (
            "S'entraîner avant le jour J à la première conversation : un scénario, des réponses à choisir, "
            "un retour sur chacune au regard du message clé et des attitudes à éviter. Aucune note, rien "
            "n'est enregistré.\n\nSans ID, liste les scénarios."
        ),
        "help.practice_id": "Le scénario à jouer (voir `secondvictim practice`).",
        "help.practice_reply": "Une réponse à choisir, par numéro ou par mots, dans l'ordre (à répéter) : joue un parcours sans question.",
        "help.checkin": (
            "Un point de suivi : de nouveau les signes de gravité, les signes d'alerte, l'évolution, quelques "
            "questions de suivi et les étapes à venir, comparés à la synthèse précédente.\n\n"
            "Dans un terminal, les questions sans option correspondante sont posées. Sans terminal, aucune "
            "question n'est posée : une option absente vaut « sans réponse ». --event-date ou --previous est "
            "obligatoire."
        ),
        "help.checkin_event_date": "Le jour de l'événement (demandé sur un terminal sauf si --previous le donne) : 27/03/2026, 27/03, 2026-03-27, hier, « il y a 3 jours ».",
        "help.checkin_previous": (
            "La synthèse précédente, écrite avec -o FICHIER.json par secondvictim triage ou secondvictim "
            "checkin (ou - pour l'entrée standard) : comparée à ce point."
        ),
        "help.checkin_trend": "Depuis le dernier point : apaisement, pareil ou aggravation (ou en anglais : easing, same, worse).",
        "help.checkin_item": "Ce que la personne décrit parmi les questions de suivi (répétable), par son identifiant (listé par « secondvictim signs ») ou en mots ; ou « aucun ».",
        "help.checkin_support": "Si la personne a eu recours au soutien proposé : oui, non ou inconnu.",
        "help.checkin_step": (
            "Une étape des procédures liées à l'événement encore à venir (répétable), sous la forme ID ou "
            "ID=DATE, telle que listée par « secondvictim signs » ; ou « aucune »."
        ),
        "help.checkin_output": (
            "Écrire aussi ce point dans FICHIER (Markdown, HTML ou JSON, selon l'extension), avec les points "
            "précédents et sans nom. Un fichier .json peut être donné au point suivant avec --previous. "
            "Lisible par vous seul."
        ),
        "help.checkin_ics": "Écrire aussi dans FICHIER (.ics) les rappels encore à venir, et les points autour des étapes datées.",
        "help.team": (
            "Le plan quand un événement touche toute une équipe : le temps d'équipe pendant le même poste, "
            "un moment de silence après un décès, à qui penser, les échanges individuels, un temps d'échange "
            "en équipe volontaire et séparé de l'analyse, et votre propre soutien.\n\n"
            "Dans un terminal, demande si un patient est décédé et quelles situations s'appliquent. Sans "
            "terminal, aucune question n'est posée et aucune option n'est obligatoire : une option absente "
            "vaut « pas de décès » et « aucune situation »."
        ),
        "help.team_death": (
            "Un patient est décédé : le plan ajoute le moment de silence facultatif (par défaut, la "
            "question est posée dans un terminal ; sans terminal, pas de décès)."
        ),
        "help.team_output": (
            "Écrire aussi le plan dans FICHIER (Markdown, HTML ou JSON, selon l'extension), avec ses dates "
            "et sans nom. Lisible par vous seul."
        ),
        "help.team_ics": "Écrire aussi les étapes datées de l'équipe dans FICHIER, un fichier iCalendar (.ics) à importer.",
        "help.team_previous": (
            "Un plan d'équipe écrit avec -o FICHIER.json (ou - pour l'entrée standard) : le même plan à nouveau, avec la même "
            "date, les mêmes réponses et les mêmes identifiants, pour qu'un nouvel import de son --ics mette à jour les événements."
        ),
        "help.situation": (
            "Une situation qui appelle une prise de contact, même sans signe, par son identifiant ou en "
            "mots (à répéter pour plusieurs ; « aucune » pour aucune). Les identifiants sont listés par "
            "« secondvictim signs »."
        ),
}
