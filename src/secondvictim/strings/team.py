"""When a whole team is hit (team): its questions, plan and messages."""

from __future__ import annotations

from . import Table

EN: Table = {
        # When a whole team is hit (issue 14)
        "team.q_situations": (
            "Does one of these situations apply? Each calls for support even when no sign shows."
        ),
        "team.why_situation": "Situation that calls for outreach: {label}",
        "team.summary_situations": "Situations that call for outreach: {value}",
        "team.h_situations": "Situations that call for outreach",
        "team.situations_intro": "Offer support in these situations, even when no sign shows:",
        "team.id": "id: {id}",
        "team.h_peers": "Peer supporters",
        "team.title": "When an event affects a team: the plan from the event of {date}",
        "team.h_steps": "Dated steps",
        "team.step_dated": "{date}, {when}: {what}",
        "team.step_window": "{start} to {end}, {when}: {what}",
        "team.avoid": "What not to do:",
        "team.command": "For each person, in private, run a triage (no name is asked):",
        "team.what_situation": "situation",
        "team.q_death": "Did a patient die?",
        "team.intro": (
            "Team plan: two questions, then the plan. No names are asked, and nothing is stored unless "
            "you choose to keep the plan at the end.\n"
            "In immediate danger, call 15 (SAMU) or 112 now."
        ),
        "team.intro_kept": (
            "Team plan: two questions, then the plan. No names are asked; the plan is kept only in "
            "{path}.\nIn immediate danger, call 15 (SAMU) or 112 now."
        ),
        "team.summary_title": "Second-victim support: plan for a team",
        "team.ics_summary": "Team support, plan {code}: {title}, {date}",
        "team.ics_description": (
            "{date}, {when}: {what}\n\nThe whole plan: {command}\n\n"
            "In immediate danger, call 15 or 112. Suicidal thoughts: 3114. By SMS: 114."
        ),
        "team.ics_weekend": "{date} falls on a weekend: plan who makes this contact.",
        "team.ics_holiday": "{date} is a public holiday: plan who makes this contact.",
        "team.ics_until": "Until {date}.",
        "team.p_window": "until is a day on or after day: a window cannot end before it starts",
        "team.p_cump_situation": "unknown situation id '{id}' (the ids are those of the situations in signs.yaml)",
        "team.calls_more": {
            "one": "1 more in the rest (Enter)",
            "other": "{count} more in the rest (Enter)",
        },
        "team.decision_situations": {
            "one": "Situation that calls for outreach: {label}.",
            "other": "{count} situations that call for outreach, including {label}.",
        },
        "team.starter_peer": (
            "Your trained peer supporters, proposed after your own contact (name the team, not a person):"
        ),
}

FR: Table = {
        # Quand toute une équipe est touchée (issue 14)
        "team.q_situations": (
            "L'une de ces situations s'applique-t-elle ? Chacune appelle un soutien, même sans signe visible."
        ),
        "team.why_situation": "Situation qui appelle une prise de contact : {label}",
        "team.summary_situations": "Situations qui appellent une prise de contact : {value}",
        "team.h_situations": "Situations qui appellent une prise de contact",
        "team.situations_intro": "Proposez un soutien dans ces situations, même sans signe visible :",
        "team.id": "identifiant : {id}",
        "team.h_peers": "Pairs aidants",
        "team.title": "Quand un événement touche une équipe : le plan à partir de l'événement du {date}",
        "team.h_steps": "Étapes datées",
        "team.step_dated": "{date}, {when} : {what}",
        "team.step_window": "du {start} au {end}, {when} : {what}",
        "team.avoid": "À ne pas faire :",
        "team.command": "Pour chaque personne, en tête à tête, faites le repérage (aucun nom n'est demandé) :",
        "team.what_situation": "identifiant de situation",
        "team.q_death": "Un patient est-il décédé ?",
        "team.intro": (
            "Plan pour l'équipe : deux questions, puis le plan. Aucun nom n'est demandé, et rien n'est "
            "enregistré, sauf si vous choisissez à la fin de garder le plan.\nEn cas de danger immédiat, appelez maintenant le 15 (SAMU) ou le 112."
        ),
        "team.intro_kept": (
            "Plan pour l'équipe : deux questions, puis le plan. Aucun nom n'est demandé ; le plan est "
            "gardé seulement dans {path}.\nEn cas de danger immédiat, appelez maintenant le 15 (SAMU) "
            "ou le 112."
        ),
        "team.summary_title": "Soutien aux secondes victimes : plan pour une équipe",
        "team.ics_summary": "Soutien d'équipe, plan {code} : {title}, {date}",
        "team.ics_description": (
            "{date}, {when} : {what}\n\nLe plan complet : {command}\n\n"
            "En cas de danger immédiat, appelez le 15 ou le 112. Idées noires : 3114. Par SMS : 114."
        ),
        "team.ics_weekend": "Le {date} tombe un week-end : prévoyez qui assure ce contact.",
        "team.ics_holiday": "Le {date} est un jour férié : prévoyez qui assure ce contact.",
        "team.ics_until": "Jusqu'au {date}.",
        "team.p_window": "until est un jour égal ou postérieur à day : une période ne peut pas finir avant de commencer",
        "team.p_cump_situation": "identifiant de situation inconnu « {id} » (les identifiants sont ceux des situations de signs.yaml)",
        "team.calls_more": {
            "one": "1 autre dans la suite (Entrée)",
            "other": "{count} autres dans la suite (Entrée)",
        },
        "team.decision_situations": {
            "one": "Situation qui appelle une prise de contact : {label}.",
            "other": "{count} situations qui appellent une prise de contact, dont {label}.",
        },
        "team.starter_peer": (
            "Vos pairs aidants formés, proposés après votre propre contact (nommez l'équipe, pas une "
            "personne) :"
        ),
}
