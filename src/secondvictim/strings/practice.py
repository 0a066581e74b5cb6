"""The rehearsal of the first conversation (practice)."""

from __future__ import annotations

from . import Table

EN: Table = {
        "practice.q_reply": "What do you say?",
        "practice.go_on": "Press Enter to go on.",
        "practice.go_on_page": "Go on",
        "practice.other": "Choose another scenario",
        "practice.list_title": "Practise before the day",
        "practice.intro": (
            "A rehearsal: choose the reply closest to what you would say, and see why it helps or hurts. "
            "No score, nothing stored, nothing asked about you."
        ),
        "practice.list_how": "Play one: secondvictim practice ID",
        "practice.step": "{title}: step {turn}",
        "practice.you_said": "Your reply",
        "practice.helps": "This helps",
        "practice.hurts": "This can hurt",
        "practice.avoid": "Attitude to avoid: {text}",
        "practice.matches_key": "It matches the key message",
        "practice.matches_safety": "It matches the first words when there is danger",
        "practice.actions": "Level 3, act now",
        "practice.end": "How it ends",
        "practice.keep": "To keep in mind",
        "practice.review": "Looking back",
        "practice.well": "What went well",
        "practice.well_none": "No reply went well this time: play it again, and try another way.",
        "practice.again": "To look at again",
        "practice.on_the_day": "On the day, run: {command}",
}

FR: Table = {
        "practice.q_reply": "Que répondez-vous ?",
        "practice.go_on": "Appuyez sur Entrée pour continuer.",
        "practice.go_on_page": "Continuer",
        "practice.other": "Choisir un autre scénario",
        "practice.list_title": "S'entraîner avant le jour J",
        "practice.intro": (
            "Un entraînement : choisissez la réponse la plus proche de ce que vous diriez, et voyez pourquoi "
            "elle aide ou peut blesser. Aucune note, rien n'est enregistré, rien ne vous est demandé sur vous."
        ),
        "practice.list_how": "Pour en jouer un : secondvictim practice ID",
        "practice.step": "{title} : étape {turn}",
        "practice.you_said": "Votre réponse",
        "practice.helps": "Cela aide",
        "practice.hurts": "Cela peut blesser",
        "practice.avoid": "Attitude à éviter : {text}",
        "practice.matches_key": "C'est le message clé",
        "practice.matches_safety": "Ce sont les premiers mots en cas de danger",
        "practice.actions": "Niveau 3, agir immédiatement",
        "practice.end": "Comment cela se termine",
        "practice.keep": "À retenir",
        "practice.review": "En repensant à la conversation",
        "practice.well": "Ce qui a aidé",
        "practice.well_none": "Aucune réponse n'a aidé cette fois : rejouez-le en essayant autrement.",
        "practice.again": "À revoir",
        "practice.on_the_day": "Le jour J, lancez : {command}",
}
