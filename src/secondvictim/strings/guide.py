"""The triage and the guide's outputs: questions, answers, recommendation, resources, documents."""

from __future__ import annotations

from . import Table

EN: Table = {
        # Triage questions
        "q.red_flags": "Do you see any of these red flags right now?",
        "q.red_flag_now": "“{words}” sounds like a red flag: {labels}. Is it a red flag now?",
        "q.event": "Was the professional involved in a serious event during care (an error, a complication, an unexpected death), reported or not?",
        "q.signs": "Which warning signs do you see?",
        "q.role": "What is the professional's role?",
        "q.internal": "Is the professional willing and able to use the institution's internal resources?",
        "triage.intro": (
            "Triage: a few questions, then what to do. No names are asked, and nothing is stored unless "
            "you choose to keep a summary at the end.\n"
            "In immediate danger, call 15 (SAMU) or 112 now."
        ),
        "triage.intro_kept": (
            "Triage: a few questions, then what to do. No names are asked; the answers are kept only "
            "in {path} (readable by you only).\nIn immediate danger, call 15 (SAMU) or 112 now."
        ),
        # Answer labels
        "role.physician": "Physician",
        "role.intern": "Intern",
        "role.nurse": "Nurse",
        "role.midwife": "Midwife",
        "role.pharmacist": "Pharmacist",
        "role.other": "Nursing assistant or another health professional",
        "role.staff": "Non-clinical staff (administration, logistics, technical)",
        "role.student": "Student",
        "role.unknown": "Unknown",
        "internal.yes": "Yes",
        "internal.no": "No",
        "internal.unknown": "Not asked yet",
        # Recommendation
        "level.banner": "Level {level} of 3: {name}",
        "why.red_flag": "Red flag: {label}",
        "why.sign": "Warning sign: {label}",
        "why.event": "The professional was involved in a serious event during care.",
        "why.none": "No serious adverse event and no warning sign in your answers.",
        "why.red_flags_not_asked": "Red flags not asked today.",
        "h.key_message": "What to say first",
        "h.avoid": "What to avoid",
        "h.contacts": "Whom to contact",
        "contacts.internal_first": "Internal resources first; the external ones if they do not wish to or cannot use them.",
        "contacts.external_first": "External resources first: they do not wish to or cannot use the internal ones.",
        "h.followup": "Follow-up",
        "h.emergency": "Emergency numbers (France)",
        "h.watch": "Warning signs to watch for",
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
        "signs.intro": "Support must be offered as soon as a professional has been involved in a serious event during care, reported or not, or shows unusual signs, such as:",
        "h.red_flags": "Red flags: act immediately",
        "red_flags.intro": "If the professional shows any of these signs, act immediately:",
        "h.red_flag_actions": "What to do at once",
        "h.attitudes": "Attitudes to avoid",
        # Take-away outputs
        "ics.summary": "Second-victim follow-up, plan {code}: {title}, {date}",
        "ics.description": (
            "{date}, {when}: {what}\n\nKey message: {message}\n\n"
            "In immediate danger, call 15 or 112. Suicidal thoughts: 3114. By SMS: 114."
        ),
        "ics.weekend": "{date} falls on a weekend: plan who makes this contact.",
        "ics.moved": "Moved to a working day from {due}, a weekend day.",
        "ics.holiday": "{date} is a public holiday: plan who makes this contact.",
        "ics.moved_holiday": "Moved to a working day from {due}, a public holiday.",
        "followup.weekend": "{date} (weekend), {when}: {what}",
        "followup.moved": "{date} (moved from {due}, a weekend day), {when}: {what}",
        "followup.holiday": "{date} (public holiday), {when}: {what}",
        "followup.moved_holiday": "{date} (moved from {due}, a public holiday), {when}: {what}",
        "card.write_in": "Number:",
        "card.title": "Supporting a second victim: pocket guide",
        "card.levels": "Action levels",
        "card.level": "Level {level}: {name}",
        "summary.title": "Second-victim support: triage summary",
        "summary.written": "Written on {date}. This file holds no name and no identity.",
        "summary.answers": "Answers",
        "summary.red_flags": "Red flags: {value}",
        "summary.event": "Involved in a serious event during care: {value}",
        "summary.signs": "Warning signs: {value}",
        "summary.role": "Role: {value}",
        "summary.internal": "Willing and able to use the internal resources: {value}",
        "summary.none": "none",
        "summary.none_f": "none",
        "summary.not_asked": "not asked",
        "followup.dated": "{date}, {when}: {what}",
        "followup.title": "Follow-up plan from the event of {date}",
        "h.now": "Do now",
        "decision.red_flags": {"one": "Red flag: {labels}.", "other": "Red flags: {labels}."},
        "decision.signs": {"one": "Warning sign: {labels}.", "other": "Warning signs: {labels}."},
        "decision.situations": {
            "one": "Situation that calls for outreach: {labels}.",
            "other": "Situations that call for outreach: {labels}.",
        },
        "h.more": "More on this level",
        "contacts.unset_short": "Internal contacts: not set yet (ask the quality department).",
        "contacts.unset_some": {
            "one": "Not set yet: {names} (ask the quality department).",
            "other": "Not set yet: {names} (ask the quality department).",
        },
        "contacts.unset_count": {
            "one": "Not set yet: {count} internal contact, named below (ask the quality department).",
            "other": "Not set yet: {count} internal contacts, named below (ask the quality department).",
        },
        "h.call_now": "Call now",
        "h.call": "Whom to call",
        "h.attentive_words": "If you notice a change, say simply",
        "call.emergency_line": "Immediate danger: 15 or 112 · suicidal thoughts: 3114 · by SMS: 114",
        "call.out_of_hours": "Night, weekend, holiday: the emergency department, or 15.",
        "contacts.unset": "{names}: contact details not set yet. Ask your quality or risk-management department (they add them with secondvictim init).",
        "resource.with_extension": "{phone}, ext. {extension}",
        # The offline page (secondvictim page)
        "page.title": "Supporting a second victim",
        "page.intro": "A few questions, then what to do. Nothing you tick is stored or sent anywhere.",
        "page.other_lang": "Version française",
        "page.to_guide": "Read the guide without answering",
        "page.to_triage": "Back to the questions",
        "page.step": "Question {n}",
        "page.hint_multi": "Tick all that apply, or none.",
        "page.choose": "Please choose an answer.",
        "page.next": "Next",
        "page.back": "Change the previous answer",
        "page.restart": "Start again",
        "page.print": "Print",
        "page.guide": "The guide",
        "page.sms": "by SMS",
        "page.noscript": "To answer the questions, allow scripts or open the file in a browser. The whole guide is below.",
        "page.written": "Written: {path}. Open it in a browser to check it, then publish it on the intranet or send it to phones.",
        "what.role": "role",
        "what.internal": "answer",
        "what.format": "format",
        "what.red_flag": "red flag",
        "what.sign": "warning sign",
}

FR: Table = {
        # Questions du repérage
        "q.red_flags": "Observez-vous en ce moment l'un de ces signes de gravité ?",
        "q.red_flag_now": "« {words} » évoque un signe de gravité : {labels}. Est-ce un signe de gravité en ce moment ?",
        "q.event": "Le professionnel a-t-il été impliqué dans un événement grave lors des soins (erreur, complication, décès inattendu), déclaré ou non ?",
        "q.signs": "Quels signes d'alerte observez-vous ?",
        "q.role": "Quelle est la fonction du professionnel ?",
        "q.internal": "Le professionnel souhaite-t-il et peut-il recourir aux ressources internes de l'établissement ?",
        "triage.intro": (
            "Repérage : quelques questions, puis la conduite à tenir. Aucun nom n'est demandé, et rien "
            "n'est enregistré, sauf si vous choisissez à la fin de garder une synthèse.\nEn cas de danger immédiat, appelez maintenant le 15 (SAMU) ou le 112."
        ),
        "triage.intro_kept": (
            "Repérage : quelques questions, puis la conduite à tenir. Aucun nom n'est demandé ; les "
            "réponses sont gardées seulement dans {path} (lisible par vous seul).\nEn cas de danger "
            "immédiat, appelez maintenant le 15 (SAMU) ou le 112."
        ),
        # Réponses
        "role.physician": "Médecin",
        "role.intern": "Interne",
        "role.nurse": "Infirmier ou infirmière",
        "role.midwife": "Sage-femme",
        "role.pharmacist": "Pharmacien ou pharmacienne",
        "role.other": "Aide-soignant, aide-soignante ou autre professionnel de santé",
        "role.staff": "Personnel non soignant (administratif, logistique, technique)",
        "role.student": "Étudiant ou étudiante",
        "role.unknown": "Inconnue",
        "internal.yes": "Oui",
        "internal.no": "Non",
        "internal.unknown": "Question pas encore posée",
        # Recommandation
        "level.banner": "Niveau {level} sur 3 : {name}",
        "why.red_flag": "Signe de gravité : {label}",
        "why.sign": "Signe d'alerte : {label}",
        "why.event": "Le professionnel a été impliqué dans un événement grave lors des soins.",
        "why.none": "Ni événement grave lors des soins ni signe d'alerte dans vos réponses.",
        "why.red_flags_not_asked": "Signes de gravité non demandés aujourd'hui.",
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
            "Le soutien doit être proposé dès qu'un professionnel a été impliqué dans un événement grave "
            "lors des soins, déclaré ou non, ou dès qu'il présente des signes inhabituels, tels que :"
        ),
        "h.red_flags": "Signes de gravité : agir immédiatement",
        "red_flags.intro": "Si le professionnel présente l'un de ces signes, agissez immédiatement :",
        "h.red_flag_actions": "À faire tout de suite",
        "h.attitudes": "Attitudes à éviter",
        # Documents à emporter
        "ics.summary": "Suivi seconde victime, plan {code} : {title}, {date}",
        "ics.description": (
            "{date}, {when} : {what}\n\nMessage clé : {message}\n\n"
            "En cas de danger immédiat, appelez le 15 ou le 112. Idées noires : 3114. Par SMS : 114."
        ),
        "ics.weekend": "Le {date} tombe un week-end : prévoyez qui assure ce contact.",
        "ics.moved": "Déplacé sur un jour ouvré ; la date prévue, {due}, tombait un week-end.",
        "ics.holiday": "Le {date} est un jour férié : prévoyez qui assure ce contact.",
        "ics.moved_holiday": "Déplacé sur un jour ouvré ; la date prévue, {due}, était un jour férié.",
        "followup.weekend": "{date} (week-end), {when} : {what}",
        "followup.moved": "{date} (au lieu du {due}, un jour de week-end), {when} : {what}",
        "followup.holiday": "{date} (jour férié), {when} : {what}",
        "followup.moved_holiday": "{date} (au lieu du {due}, un jour férié), {when} : {what}",
        "card.write_in": "Numéro :",
        "card.title": "Soutenir une seconde victime : guide de poche",
        "card.levels": "Niveaux d'action",
        "card.level": "Niveau {level} : {name}",
        "summary.title": "Soutien à une seconde victime : synthèse du repérage",
        "summary.written": "Rédigé le {date}. Ce fichier ne contient ni nom ni identité.",
        "summary.answers": "Réponses",
        "summary.red_flags": "Signes de gravité : {value}",
        "summary.event": "Implication dans un événement grave lors des soins : {value}",
        "summary.signs": "Signes d'alerte : {value}",
        "summary.role": "Fonction : {value}",
        "summary.internal": "Souhaite et peut recourir aux ressources internes : {value}",
        "summary.none": "aucun",
        "summary.none_f": "aucune",
        "summary.not_asked": "non demandé",
        "followup.dated": "{date}, {when} : {what}",
        "followup.title": "Plan de suivi à partir de l'événement du {date}",
        "h.now": "À faire maintenant",
        "decision.red_flags": {"one": "Signe de gravité : {labels}.", "other": "Signes de gravité : {labels}."},
        "decision.signs": {"one": "Signe d'alerte : {labels}.", "other": "Signes d'alerte : {labels}."},
        "decision.situations": {
            "one": "Situation qui appelle une prise de contact : {labels}.",
            "other": "Situations qui appellent une prise de contact : {labels}.",
        },
        "h.more": "Pour aller plus loin",
        "contacts.unset_short": "Contacts internes : pas encore renseignés (voir le service qualité).",
        "contacts.unset_some": {
            "one": "Pas encore renseigné : {names} (voir le service qualité).",
            "other": "Pas encore renseignés : {names} (voir le service qualité).",
        },
        "contacts.unset_count": {
            "one": "Pas encore renseigné : {count} contact interne, nommé plus bas (voir le service qualité).",
            "other": "Pas encore renseignés : {count} contacts internes, nommés plus bas (voir le service qualité).",
        },
        "h.call_now": "À appeler maintenant",
        "h.call": "Qui appeler",
        "h.attentive_words": "Si vous remarquez un changement, dites simplement",
        "call.emergency_line": "Danger immédiat : 15 ou 112 · idées noires : 3114 · par SMS : 114",
        "call.out_of_hours": "Nuit, week-end, jour férié : les urgences, ou le 15.",
        "contacts.unset": "{names} : coordonnées pas encore renseignées. Demandez-les à votre service qualité ou gestion des risques (il les ajoute avec secondvictim init).",
        "resource.with_extension": "{phone}, poste {extension}",
        # La page hors ligne (secondvictim page)
        "page.title": "Soutenir une seconde victime",
        "page.intro": "Quelques questions, puis ce qu'il faut faire. Rien de ce que vous cochez n'est enregistré ni envoyé.",
        "page.other_lang": "English version",
        "page.to_guide": "Lire le guide sans répondre",
        "page.to_triage": "Revenir aux questions",
        "page.step": "Question {n}",
        "page.hint_multi": "Cochez tout ce qui s'applique, ou rien.",
        "page.choose": "Choisissez une réponse.",
        "page.next": "Suivant",
        "page.back": "Modifier la réponse précédente",
        "page.restart": "Recommencer",
        "page.print": "Imprimer",
        "page.guide": "Le guide",
        "page.sms": "par SMS",
        "page.noscript": "Pour répondre aux questions, autorisez les scripts ou ouvrez le fichier dans un navigateur. Le guide complet est ci-dessous.",
        "page.written": "Écrit : {path}. Ouvrez-le dans un navigateur pour le vérifier, puis publiez-le sur l'intranet ou envoyez-le sur les téléphones.",
        "what.role": "fonction",
        "what.internal": "réponse",
        "what.format": "format",
        "what.red_flag": "signe de gravité",
        "what.sign": "signe d'alerte",
}
