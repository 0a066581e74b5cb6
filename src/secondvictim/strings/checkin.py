"""The follow-up contact (checkin): its questions, findings, reasons and messages."""

from __future__ import annotations

from . import Table

EN: Table = {
        # Follow-up contacts (checkin)
        "checkin.err.foreign": (
            "{path} is not a summary written by secondvictim triage or checkin: it cannot be used as "
            "the previous contact."
        ),
        "checkin.err.damaged": "{path} is damaged (at {field}): it cannot be used as the previous contact.",
        "checkin.err.newer": (
            "{path} was written by a newer version of secondvictim ({schema}): update secondvictim to read it."
        ),
        "checkin.err.future": (
            "{path} is dated {written}, after today ({today}): check the computer's date, or the file."
        ),
        "checkin.err.other_event": (
            "{path} is for the event of {found}, not of {given}: give the summary of this event, or "
            "leave out --event-date."
        ),
        "checkin.err.unreadable": "The previous summary cannot be read: {problem}",
        "checkin.err.too_old": (
            "{path} is for an event of {found}, more than ten years ago: it cannot be used as the previous contact."
        ),
        "checkin.warn.level_corrected": (
            "{path}: the contact of {date} is recorded at level {stored}, but its own answers call for level "
            "{level}: it is read as level {level}."
        ),
        "checkin.err.not_json": "{path}:{line}: not valid JSON: it cannot be used as the previous contact.",
        "checkin.err.when": (
            "Say which event this follow-up is for: give --event-date DATE, or --previous FILE (a summary "
            "written with -o FILE.json)."
        ),
        "checkin.err.event_ahead": "--event-date: {value} is after today; a follow-up contact comes after the event.",
        "checkin.err.step_past": "--step: '{step}' is a step still to come, but {date} is already past. Give its date from today on, or no date.",
        "checkin.what_item": "re-check item",
        "checkin.what_step": "process step",
        "checkin.what_trend": "trend",
        "checkin.valid_trend": "easing, same, worse",
        "checkin.what_support": "answer",
        "checkin.intro": (
            "Follow-up contact, plan {code}, day {day} after the event. Ask in your own words and listen: this is not "
            "a test and gives no score. No names are asked.\nIn immediate danger, call 15 (SAMU) or 112 now."
        ),
        "checkin.q_trend": "Since the last contact, are things easing, the same or worse, as they see it?",
        "checkin.last_time": "Last time ({date}): {value}. Type \"same\" to keep that answer.",
        "checkin.last_red_flags": "Last time ({date}), red flag: {value}. Ask again, directly, how it is now.",
        "checkin.q_items": "Ask in your own words, and listen. Which of these do they describe?",
        "checkin.q_support": "Have they used the support offered?",
        "checkin.q_relay": "Since the red flag: is the specialised support in place (occupational health, psychologist)?",
        "checkin.q_steps": "Which steps of the event's processes are still to come?",
        "checkin.q_step_date": "On what day: {step}?",
        "checkin.hint_date": "Type the date, today or later (DD/MM/YYYY or YYYY-MM-DD), or press Enter if it is not known.",
        "checkin.q_event_date": "On what day was the event?",
        "checkin.hint_event_date": "For example 27/03, 27/03/2026, yesterday or 3 days ago (no later than today).",
        "checkin.err_event_date": "Please type a day no later than today: 27/03, 27/03/2026, yesterday or 3 days ago.",
        "checkin.err_date": "Please type a date from today on, as DD/MM/YYYY, or press Enter.",
        "checkin.date_unknown": "day not known",
        "checkin.trend_easing": "Easing",
        "checkin.trend_same": "The same",
        "checkin.trend_worse": "Worse",
        "checkin.support_yes": "Yes",
        "checkin.support_no": "Not yet",
        "checkin.not_asked": "Not asked",
        "checkin.when": "Follow-up contact of {date}: day {day} after the event of {event}.",
        "checkin.why_item": "Reported by them: {label}",
        "checkin.decision_items": {"one": "Reported by them: {labels}.", "other": "Reported by them: {labels}."},
        "checkin.day": "Day {day} after the event of {event}.",
        "checkin.why_worse": "Worse since the last contact.",
        "checkin.why_same": "Not easing, one month or more after the event.",
        "checkin.why_same_about": "Not easing, about one month after the event.",
        "checkin.why_closing_later": "Easing, and nothing persists one month or more after the event.",
        "checkin.assessment_about": "Something persists at about one month.",
        "checkin.assessment_later": "Something persists one month or more after the event.",
        "checkin.assessment_unset": "{names}: contact details not set yet (ask the quality department).",
        "checkin.assessment_unset_both": "Occupational health, psychologist: numbers not set (quality department).",
        "checkin.why_previous": "Worse since the last contact, which was at level {level}: at least that level now.",
        "checkin.why_followup": "Nothing of concern today: the follow-up continues.",
        "checkin.why_step": "Still to come: {label}.",
        "checkin.why_closing": "Easing, and nothing persists at about one month.",
        "checkin.why_after_level_3": "An earlier contact was at level 3 (a red flag).",
        "checkin.h_since": "Since the last contact ({kind} of {date}, level {level})",
        "checkin.kind_triage": "first assessment",
        "checkin.kind_checkin": "follow-up contact",
        "checkin.persisting": "Still there: {labels}",
        "checkin.new": "New: {labels}",
        "checkin.gone": "Not seen or reported today: {labels}",
        "checkin.nothing_then_or_now": "Nothing noted, then or now.",
        "checkin.h_assessment": "Professional assessment",
        "checkin.h_steps": "Around the event's processes",
        "checkin.step_dated": "{label}, {date}: a contact the day before ({before}) and the day after ({after}).",
        "checkin.step_undated": "{label}: a contact just before it and just after it.",
        "checkin.h_support": "The support offered",
        "checkin.support_not_used": (
            "They have not used it yet: ask, without insisting, what got in the way, and offer it again, "
            "the external lines too."
        ),
        "checkin.support_not_known": "Ask whether they have used it, and offer it again.",
        "checkin.no_more": "No planned contact is left: agree together when you will next talk.",
        "checkin.h_history": "Contacts so far",
        "checkin.history_line": "{date}, day {day}: {kind}, level {level}",
        "checkin.summary_title": "Second-victim support: follow-up contact summary",
        "checkin.a_trend": "Since the last contact: {value}",
        "checkin.a_items": "Reported: {value}",
        "checkin.a_support": "Support used: {value}",
        "checkin.a_steps": "Steps still to come: {value}",
        "checkin.ics_before": "before the step: {step}",
        "checkin.ics_after": "after the step: {step}",
        "checkin.no_reminders": "No reminder is left to write, so no calendar file was written.",
        "checkin.h_items": "Re-check items (secondvictim checkin --item ID)",
        "checkin.items_intro": "Asked again at each follow-up contact, as the manager can ask them:",
        "checkin.h_process": "Steps of the event's processes (secondvictim checkin --step ID)",
        "checkin.process_intro": "Each step still to come gets a contact just before and just after it.",
}

FR: Table = {
        # Points de suivi (checkin)
        "checkin.err.foreign": (
            "{path} n'est pas une synthèse écrite par secondvictim (repérage ou point de suivi) : il ne "
            "peut pas servir de point précédent."
        ),
        "checkin.err.damaged": "{path} est endommagé (à {field}) : il ne peut pas servir de point précédent.",
        "checkin.err.newer": (
            "{path} a été écrit par une version plus récente de secondvictim ({schema}) : mettez "
            "secondvictim à jour pour le lire."
        ),
        "checkin.err.future": (
            "{path} est daté du {written}, après aujourd'hui ({today}) : vérifiez la date de "
            "l'ordinateur, ou le fichier."
        ),
        "checkin.err.other_event": (
            "{path} concerne l'événement du {found}, pas celui du {given} : donnez la synthèse de cet "
            "événement, ou retirez --event-date."
        ),
        "checkin.err.unreadable": "La synthèse précédente ne peut pas être lue : {problem}",
        "checkin.err.too_old": (
            "{path} concerne un événement du {found}, il y a plus de dix ans : il ne peut pas servir de point précédent."
        ),
        "checkin.warn.level_corrected": (
            "{path} : le contact du {date} est enregistré au niveau {stored}, mais ses propres réponses "
            "appellent le niveau {level} : il est lu au niveau {level}."
        ),
        "checkin.err.not_json": "{path}:{line} : ce n'est pas du JSON valide ; il ne peut pas servir de point précédent.",
        "checkin.err.when": (
            "Indiquez de quel événement il s'agit : donnez --event-date DATE, ou --previous FICHIER (une "
            "synthèse écrite avec -o FICHIER.json)."
        ),
        "checkin.err.event_ahead": "--event-date : le {value} est postérieur à aujourd'hui ; un point de suivi vient après l'événement.",
        "checkin.err.step_past": "--step : « {step} » est une étape encore à venir, mais le {date} est déjà passé. Donnez sa date à partir d'aujourd'hui, ou aucune date.",
        "checkin.what_item": "question de suivi",
        "checkin.what_step": "étape de la procédure",
        "checkin.what_trend": "évolution",
        "checkin.valid_trend": "apaisement, pareil, aggravation",
        "checkin.what_support": "réponse",
        "checkin.intro": (
            "Point de suivi du plan {code}, à J+{day} de l'événement. Posez les questions avec vos mots et écoutez : "
            "ce n'est pas un test et il n'y a pas de score. Aucun nom n'est demandé.\nEn cas de danger "
            "immédiat, appelez maintenant le 15 (SAMU) ou le 112."
        ),
        "checkin.q_trend": "Depuis le dernier point, selon la personne, les choses s'apaisent-elles, restent-elles pareilles ou s'aggravent-elles ?",
        "checkin.last_time": "La dernière fois ({date}) : {value}. Tapez « pareil » pour reprendre cette réponse.",
        "checkin.last_red_flags": "La dernière fois ({date}), signe de gravité : {value}. Redemandez directement ce qu'il en est aujourd'hui.",
        "checkin.q_items": "Posez les questions avec vos mots, et écoutez. Parmi ces éléments, lesquels la personne décrit-elle ?",
        "checkin.q_support": "La personne a-t-elle eu recours au soutien proposé ?",
        "checkin.q_relay": "Depuis le signe de gravité : le soutien spécialisé est-il en place (médecine du travail, psychologue) ?",
        "checkin.q_steps": "Quelles étapes des procédures liées à l'événement restent à venir ?",
        "checkin.q_step_date": "À quelle date : {step} ?",
        "checkin.hint_date": "Tapez la date, aujourd'hui ou plus tard (JJ/MM/AAAA ou AAAA-MM-JJ), ou appuyez sur Entrée si elle n'est pas connue.",
        "checkin.q_event_date": "Quel jour a eu lieu l'événement ?",
        "checkin.hint_event_date": "Par exemple 27/03, 27/03/2026, hier, avant-hier ou il y a 3 jours (au plus tard aujourd'hui).",
        "checkin.err_event_date": "Tapez un jour qui n'est pas après aujourd'hui : 27/03, 27/03/2026, hier ou il y a 3 jours.",
        "checkin.err_date": "Tapez une date à partir d'aujourd'hui, sous la forme JJ/MM/AAAA, ou appuyez sur Entrée.",
        "checkin.date_unknown": "date non connue",
        "checkin.trend_easing": "Les choses s'apaisent",
        "checkin.trend_same": "C'est pareil",
        "checkin.trend_worse": "Cela s'aggrave",
        "checkin.support_yes": "Oui",
        "checkin.support_no": "Pas encore",
        "checkin.not_asked": "Non demandé",
        "checkin.when": "Point de suivi du {date}, à J+{day} de l'événement du {event}.",
        "checkin.why_item": "Rapporté par la personne : {label}",
        "checkin.decision_items": {"one": "Rapporté par la personne : {labels}.", "other": "Rapporté par la personne : {labels}."},
        "checkin.day": "J+{day} de l'événement du {event}.",
        "checkin.why_worse": "Aggravation depuis le dernier point.",
        "checkin.why_same": "Pas d'apaisement, un mois ou plus après l'événement.",
        "checkin.why_same_about": "Pas d'apaisement, environ un mois après l'événement.",
        "checkin.why_closing_later": "Les choses s'apaisent, et rien ne persiste un mois ou plus après l'événement.",
        "checkin.assessment_about": "Quelque chose persiste vers un mois.",
        "checkin.assessment_later": "Quelque chose persiste un mois ou plus après l'événement.",
        "checkin.assessment_unset": "{names} : coordonnées pas encore renseignées (voir le service qualité).",
        "checkin.assessment_unset_both": "Médecine du travail, psychologue : numéros non renseignés (service qualité).",
        "checkin.why_previous": "Aggravation depuis le dernier point, qui était au niveau {level} : au moins ce niveau aujourd'hui.",
        "checkin.why_followup": "Rien d'inquiétant aujourd'hui : le suivi continue.",
        "checkin.why_step": "À venir : {label}.",
        "checkin.why_closing": "Les choses s'apaisent, et rien ne persiste vers un mois.",
        "checkin.why_after_level_3": "Un point précédent était au niveau 3 (signe de gravité).",
        "checkin.h_since": "Depuis le dernier point ({kind} du {date}, niveau {level})",
        "checkin.kind_triage": "premier repérage",
        "checkin.kind_checkin": "point de suivi",
        "checkin.persisting": "Toujours présent : {labels}",
        "checkin.new": "Nouveau : {labels}",
        "checkin.gone": "Ni observé ni rapporté aujourd'hui : {labels}",
        "checkin.nothing_then_or_now": "Rien de noté, ni alors ni aujourd'hui.",
        "checkin.h_assessment": "Évaluation par un professionnel",
        "checkin.h_steps": "Autour des procédures liées à l'événement",
        "checkin.step_dated": "{label}, {date} : un point la veille ({before}) et un point le lendemain ({after}).",
        "checkin.step_undated": "{label} : un point juste avant et un point juste après.",
        "checkin.h_support": "Le soutien proposé",
        "checkin.support_not_used": (
            "La personne n'y a pas encore eu recours : demandez, sans insister, ce qui l'en a empêchée, et "
            "proposez-le de nouveau, ainsi que les lignes externes."
        ),
        "checkin.support_not_known": "Demandez si la personne y a eu recours, et proposez-le de nouveau.",
        "checkin.no_more": "Il ne reste aucun point prévu : convenez ensemble du prochain échange.",
        "checkin.h_history": "Les points de suivi jusqu'ici",
        "checkin.history_line": "{date}, J+{day} : {kind}, niveau {level}",
        "checkin.summary_title": "Soutien à une seconde victime : synthèse d'un point de suivi",
        "checkin.a_trend": "Depuis le dernier point : {value}",
        "checkin.a_items": "Éléments décrits : {value}",
        "checkin.a_support": "Recours au soutien proposé : {value}",
        "checkin.a_steps": "Étapes à venir : {value}",
        "checkin.ics_before": "avant l'étape : {step}",
        "checkin.ics_after": "après l'étape : {step}",
        "checkin.no_reminders": "Il ne reste aucun rappel à écrire : aucun fichier de calendrier n'a été écrit.",
        "checkin.h_items": "Questions de suivi (secondvictim checkin --item ID)",
        "checkin.items_intro": "Reprises à chaque point de suivi, telles que le cadre peut les poser :",
        "checkin.h_process": "Étapes des procédures liées à l'événement (secondvictim checkin --step ID)",
        "checkin.process_intro": "Chaque étape à venir appelle un point juste avant et un point juste après.",
}
