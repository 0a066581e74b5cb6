"""The sheet for the colleague (handout) and the institution's one-page protocol (protocol)."""

from __future__ import annotations

from . import Table

EN: Table = {
    # The sheet for the colleague (issue 26)
    "handout.h_calls": "Whom to call",
    "handout.h_independent": "Lines outside your employer",
    "handout.h_independent_tu": "Lines outside your employer",
    "handout.h_institution": "Your institution's contacts",
    "handout.h_institution_tu": "Your institution's contacts",
    "handout.h_peers": "Colleagues trained to listen (peer supporters)",
    "handout.peers_intro": "A colleague who listens to you in confidence, without judging, if you wish.",
    "handout.peers_intro_tu": "A colleague who listens to you in confidence, without judging, if you wish.",
    "handout.private": "This sheet holds nothing about you: no name, no answer.",
    "handout.private_tu": "This sheet holds nothing about you: no name, no answer.",
    "handout.write_in": "Number:",
    "help.handout": "The sheet to hand to the colleague: what they feel is common, what happens next, whom to call.",
    "examples.handout": (
        "Examples:\n"
        "secondvictim handout -o sheet.html\n"
        "secondvictim --lang fr handout --address tu -o fiche.html\n"
        "secondvictim handout --json"
    ),
    "help.handout_format": "txt, md or html (default: by the extension of -o; else text on a terminal, Markdown when piped).",
    "help.handout_output": "Write the sheet to FILE (.txt, .md or .html, or - for standard output).",
    "help.handout_address": "In French, say « tu » or « vous » to the colleague (default: vous).",
    "what.address": "form of address",
    # The institution's one-page operating model (issue 26)
    "protocol.title": "Support after an adverse event: how it works here",
    "protocol.intro": (
        "For all staff, before the day: whom to call, for what and when, after an adverse event that "
        "affects a colleague."
    ),
    "protocol.h_principles": "Principles",
    "protocol.h_contacts": "Whom to call, for what",
    "protocol.h_round_clock": "At night, at weekends, on holidays (24/7)",
    "protocol.no_on_call": (
        "No on-call route is set (kind: on-call in resources.yaml). Outside the hours above: in "
        "immediate danger, 15 or 112, or the emergency department; to talk, the national lines below "
        "answer 24/7."
    ),
    "protocol.h_followup": "Follow-up after the event (from the day of the event)",
    "protocol.h_peers": "Peer supporters",
    "protocol.no_peers": "No peer supporters are set (kind: peer in resources.yaml).",
    "protocol.unset": "Not set yet: {names}. Write their contact details in the institution's resources.yaml (secondvictim init shows how).",
    "protocol.generated": "Generated on {date} by secondvictim, from the institution's data.",
    "protocol.checked": "Numbers checked from {first} to {last}; to check again by {review}.",
    "protocol.checked_on": "Numbers checked on {first}; to check again by {review}.",
    "protocol.undated": "Numbers with no check date yet: {count} (secondvictim validate names them).",
    "help.protocol": "The institution's one-page operating model, for the notice board and the intranet.",
    "examples.protocol": (
        "Examples:\n"
        "secondvictim --data-dir ~/hospital-contacts protocol -o protocol.html\n"
        "secondvictim protocol --json"
    ),
    "help.protocol_format": "txt, md or html (default: by the extension of -o; else text on a terminal, Markdown when piped).",
    "help.protocol_output": "Write the protocol to FILE (.txt, .md or .html, or - for standard output).",
}

FR: Table = {
    # La fiche pour le collègue (issue 26)
    "handout.h_calls": "Qui appeler",
    "handout.h_independent": "Lignes extérieures à votre employeur",
    "handout.h_independent_tu": "Lignes extérieures à ton employeur",
    "handout.h_institution": "Les contacts de votre établissement",
    "handout.h_institution_tu": "Les contacts de ton établissement",
    "handout.h_peers": "Des collègues formés à l'écoute (pairs aidants)",
    "handout.peers_intro": "Un collègue qui vous écoute en toute confidentialité, sans jugement, si vous le souhaitez.",
    "handout.peers_intro_tu": "Un collègue qui t'écoute en toute confidentialité, sans jugement, si tu le souhaites.",
    "handout.private": "Cette fiche ne contient rien sur vous : ni nom, ni réponse.",
    "handout.private_tu": "Cette fiche ne contient rien sur toi : ni nom, ni réponse.",
    "handout.write_in": "Numéro :",
    "help.handout": "La fiche à remettre au collègue : ce qu'il ressent est fréquent, ce qui va suivre, qui appeler.",
    "examples.handout": (
        "Exemples :\n"
        "secondvictim handout -o fiche.html\n"
        "secondvictim handout --address tu -o fiche-tu.html\n"
        "secondvictim handout --json"
    ),
    "help.handout_format": "txt, md ou html (par défaut : selon l'extension de -o ; sinon du texte dans un terminal, du Markdown si la sortie est redirigée).",
    "help.handout_output": "Écrire la fiche dans FICHIER (.txt, .md ou .html, ou - pour la sortie standard).",
    "help.handout_address": "En français, tutoyer (tu) ou vouvoyer (vous) le collègue (par défaut : vous).",
    "what.address": "forme d'adresse",
    # Le fonctionnement de l'établissement sur une page (issue 26)
    "protocol.title": "Soutien après un événement indésirable : notre organisation",
    "protocol.intro": (
        "Pour tout le personnel, avant qu'un événement ne survienne : qui appeler, pour quoi et à quelle "
        "heure, quand un événement indésirable touche un collègue."
    ),
    "protocol.h_principles": "Principes",
    "protocol.h_contacts": "Qui appeler, pour quoi",
    "protocol.h_round_clock": "La nuit, le week-end, les jours fériés (24 h/24)",
    "protocol.no_on_call": (
        "Aucune astreinte n'est renseignée (kind: on-call dans resources.yaml). En dehors des horaires "
        "ci-dessus : en cas de danger immédiat, le 15 ou le 112, ou les urgences ; pour parler, les "
        "lignes nationales ci-dessous répondent 24 h/24."
    ),
    "protocol.h_followup": "Le suivi après l'événement (à compter du jour de l'événement)",
    "protocol.h_peers": "Pairs aidants",
    "protocol.no_peers": "Aucun pair aidant n'est renseigné (kind: peer dans resources.yaml).",
    "protocol.unset": "Pas encore renseignés : {names}. Indiquez leurs coordonnées dans le resources.yaml de l'établissement (secondvictim init montre comment).",
    "protocol.generated": "Document produit le {date} par secondvictim, à partir des données de l'établissement.",
    "protocol.checked": "Numéros vérifiés du {first} au {last} ; à revérifier avant le {review}.",
    "protocol.checked_on": "Numéros vérifiés le {first} ; à revérifier avant le {review}.",
    "protocol.undated": "Numéros sans date de vérification : {count} (secondvictim validate les nomme).",
    "help.protocol": "Le fonctionnement de l'établissement sur une page, pour le tableau d'affichage et l'intranet.",
    "examples.protocol": (
        "Exemples :\n"
        "secondvictim --data-dir ~/contacts-hopital protocol -o protocole.html\n"
        "secondvictim protocol --json"
    ),
    "help.protocol_format": "txt, md ou html (par défaut : selon l'extension de -o ; sinon du texte dans un terminal, du Markdown si la sortie est redirigée).",
    "help.protocol_output": "Écrire le protocole dans FICHIER (.txt, .md ou .html, ou - pour la sortie standard).",
}
