"""The content: every statement of the source guidance, and the brief's facts, reach the user."""

import re

import pytest

KEY_MESSAGE = (
    "What you're feeling is common after this type of event. You don't have to deal with this alone."
)

# Each statement of the source guidance (../shared/guidance), in order, with the words by which
# the tool says it. Wording may be adapted (British spelling, a mistranslation corrected), not the
# meaning.
GUIDANCE = [
    "attention is rightly focused on the patient",
    "the healthcare professional involved may also be deeply affected",
    '"second victim"',
    "guilt, anxiety, loss of confidence, fear of how others perceive them, or medico-legal concerns",
    "this reaction is common, normal and well documented",
    "when it is not recognised or addressed, it can affect the professional's health and clinical practice",
    "a direct impact on patient safety",
    "support must be offered as soon as a professional has been involved in a serious event during care, reported or not, or shows unusual signs",
    "withdrawal or isolation",
    "excessive guilt or rumination",
    "persistent anxiety",
    "significant medico-legal concern",
    "change in usual professional behaviour",
    "the role of managers and colleagues is to identify the signs early on and to provide support",
    "it is not a question of analysing the event, evaluating practices or assigning blame",
    "the initial contact should be simple, clear and non-judgemental",
    KEY_MESSAGE.lower(),
    "acknowledges the emotional impact, normalises the reaction and makes it easier to reach help",
    "without getting into a technical or organisational analysis",
    "healthcare managers play a central role in supporting second victims",
    "internal resources are mobilised as a priority",
    "psychologist or psychological support unit",
    "occupational health",
    "house of psychology",
    "quality officer, risk-management officer or second-victim officer",
    "not only to inform, but to make seeking support legitimate, accessible and non-stigmatising",
    "managers make the connection in practice and make the process feel safe",
    "does not wish to or cannot use the internal resources",
    "reliable external solutions that can be contacted immediately",
    "the sps association, soins aux professionnels de santé: care for healthcare professionals",
    "0805 23 23 36",
    "24/7",
    "trained psychologists",
    "national council of the order of physicians (cnom) helpline 0800 288 038",
    "support and guidance service for physicians in difficulty",
    "remind them of their professional insurance or legal protection",
    "it helps to reduce anxiety and restore a sense of security",
    "certain reactions can aggravate the professional's suffering and should be avoided",
    "minimising how the person feels",
    "analysing the event in the heat of the moment",
    "looking for someone responsible",
    "promising no consequences",
    "requiring an immediate return to a risky activity while the emotional impact persists",
    "severe distress",
    "major disorganisation",
    "dark thoughts",
    "a risk to themselves or to patients",
    "act immediately",
    "alert occupational health",
    "refer them to specialised psychological support",
    "if necessary, temporarily withdraw them from clinical activity",
    "supporting a second victim is neither incidental nor optional",
    "an essential action for patient safety, for the prevention of psychosocial risks, and for the "
    "development of a just and learning culture in healthcare institutions",
    "supporting professionals after an adverse event directly contributes to the quality, "
    "reliability and safety of care",
]


@pytest.fixture
def everything_shown(run):
    """All that the commands print, in one lower-cased text with lines joined."""
    outputs = []
    for args in (
        ["about"],
        ["script"],
        ["signs"],
        ["avoid"],
        ["resources"],
        ["triage", "--event", "--sign", "medico-legal", "--role", "physician"],
        ["triage", "--red-flag", "dark-thoughts"],
    ):
        result = run(*args)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    return re.sub(r"\s+", " ", " ".join(outputs)).lower()


def test_guidance_reaches_the_user(everything_shown):
    missing = [statement for statement in GUIDANCE if statement not in everything_shown]
    assert missing == []


def test_numbers_as_in_the_brief(guide):
    phones = {r.id: r.phone for r in guide.resources}
    assert phones["sps"] == "0805 23 23 36"
    assert phones["cnom"] == "0800 288 038"
    assert [phones[i] for i in ("samu", "emergency-112", "sms-114", "suicide-3114")] == [
        "15",
        "112",
        "114",
        "3114",
    ]
    assert guide.key_message["en"] == KEY_MESSAGE


def test_internal_resources_in_priority_order(guide):
    assert [r.id for r in guide.resources_of("internal")] == [
        "psychologist",
        "occupational-medicine",
        "house-of-psychology",
        "quality-officer",
    ]


def test_followup_days(guide):
    assert [(f.id, f.day) for f in guide.followup] == [
        ("same-shift", 0),
        ("day-1-2", 1),
        ("day-3", 3),
        ("day-7", 7),
        ("day-30", 30),
    ]


def test_additions_name_their_source(guide):
    # Items beyond the source guidance carry a source.
    additions = {"pressing-for-story", "false-reassurance", "single-debriefing"}
    assert all(a.source for a in guide.attitudes if a.id in additions)
    assert all(f.source for f in guide.followup)
    assert all(r.source for r in guide.resources_of("emergency"))


def texts_of(value, where="guide"):
    """Every language mapping in the guide, with where it is."""
    if isinstance(value, dict):
        if value and set(value) <= {"en", "fr"}:
            # A sign's other words are a list per language: read as one text each.
            yield where, {lang: " ".join(v) if isinstance(v, list | tuple) else v for lang, v in value.items()}
        else:
            for key, inner in value.items():
                yield from texts_of(inner, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, inner in enumerate(value):
            yield from texts_of(inner, f"{where}[{index}]")


def test_every_packaged_text_is_in_english(guide):
    texts = list(texts_of(guide.model_dump()))
    assert len(texts) > 100
    assert [where for where, text in texts if "en" not in text] == []
