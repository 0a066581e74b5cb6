"""The ids the program itself gives a meaning: answers that are neither a red flag nor a warning
sign, the packaged items the decision screen names, and the words an id may not be."""

# Answer ids that are neither a red flag nor a warning sign, usable in `requires` / `unless`.
INTERNAL_DECLINED = "internal-declined"
INTERNAL_ACCEPTED = "internal-accepted"
# Given at a follow-up contact (checkin): "contact them today" is for the first contact only.
FOLLOW_UP = "follow-up-contact"
# Given at a check-in when no planned contact is left: there is nothing left to plan.
NOTHING_PLANNED = "nothing-planned"
# Given when the red flags were not asked (no terminal and no --red-flag): nothing can be concluded.
RED_FLAGS_NOT_ASKED = "red-flags-not-asked"
# Given at a check-in after a contact at level 3: the next contact, and every one until the
# specialised support is confirmed in place.
AFTER_RED_FLAG = "after-red-flag"
# Given at a check-in from day 2 after the event on: the shift of the event is long over, and
# what is offered for the return to work no longer speaks of "the rest of the shift".
AFTER_FIRST_DAY = "after-first-day"
# Given at a check-in when the first assessment recorded that they declined the internal
# resources: offered again, without insisting, with the external lines.
DECLINED_BEFORE = "internal-declined-before"
# Packaged items the decision screen names (an institution can neither change nor hide them).
SUICIDE_LINE = "suicide-3114"
OCCUPATIONAL_MEDICINE = "occupational-medicine"
PSYCHOLOGIST = "psychologist"
# The reason id of the answer "a serious adverse event has occurred" (reserved below).
EVENT = "event"

# Words that answer a question in their own right: an id may not be one of them.
RESERVED_IDS = frozenset(
    {
        "none",
        "event",
        "unknown",
        INTERNAL_DECLINED,
        INTERNAL_ACCEPTED,
        FOLLOW_UP,
        NOTHING_PLANNED,
        RED_FLAGS_NOT_ASKED,
        AFTER_RED_FLAG,
        AFTER_FIRST_DAY,
        DECLINED_BEFORE,
    }
)
