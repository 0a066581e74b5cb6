"""The page's words for the sheet for the colleague and the protocol in it (issue 26)."""

from __future__ import annotations

from . import Table

EN: Table = {
    "page.contents": "Contents",
    "page.handout": "A sheet to give to the colleague",
    "page.handout_intro": "For the colleague to keep: show it on your phone, or print it.",
    "page.handout_tu": "The same sheet, in the informal French form (« tu »)",
}

FR: Table = {
    "page.contents": "Sommaire",
    "page.handout": "Une fiche à remettre au collègue",
    "page.handout_intro": "Pour que votre collègue la garde : montrez-la sur votre téléphone, ou imprimez-la.",
    "page.handout_tu": "La même fiche, en tutoyant",
}
