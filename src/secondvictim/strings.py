"""Every interface string (questions, headings, labels, messages), in one place per language.

The guide's content lives in data/; these are the words of the program around it.
"""

from __future__ import annotations

from .choices import Lang

# A value is a message, or for a count a mapping of plural forms ("one", "other").
STRINGS: dict[Lang, dict[str, str | dict[str, str]]] = {
    "en": {
        # Triage questions
        "q.red_flags": "Do you see any of these red flags right now?",
        "q.red_flag_now": "“{words}” sounds like a red flag: {labels}. Is it a red flag now?",
        "q.event": "Was the professional involved in a serious event during care (an error, a complication, an unexpected death), reported or not?",
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
        "role.other": "Another health professional",
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
        "signs.intro": "Support must be offered as soon as a professional has been involved in a serious event during care, reported or not, or shows unusual signs, such as:",
        "h.red_flags": "Red flags: act immediately",
        "red_flags.intro": "If the professional shows any of these signs, act immediately:",
        "h.red_flag_actions": "What to do at once",
        "h.attitudes": "Attitudes to avoid",
        # validate and init
        "config.no_home": "~/.config/secondvictim (no home folder is known for this user)",
        "validate.none": (
            "No institution data found (--data-dir, SECONDVICTIM_DATA_DIR or {folder}): "
            "the packaged guide alone."
        ),
        "validate.folder": "Institution data: {directory} (chosen by {how})",
        "validate.files": "Files read:",
        "validate.packaged": "packaged",
        "validate.then": ", then ",
        "validate.valid": "Valid.",
        "validate.by_config": "your configuration folder",
        "validate.by_argument": "argument",
        "init.done": (
            "Wrote {path}.\n"
            "Fill in your contacts, then check them:  secondvictim --data-dir {directory} validate\n"
            "To use them always, set SECONDVICTIM_DATA_DIR={directory} or move the file to {folder}"
        ),
        # Take-away outputs
        "ics.summary": "Second-victim follow-up: {title}, {date}",
        "ics.description": (
            "{date}, {when}: {what}\n\nKey message: {message}\n\n"
            "In immediate danger, call 15 or 112. Dark thoughts: 3114."
        ),
        "ics.weekend": "{date} falls on a weekend: plan who makes this contact.",
        "ics.moved": "Moved to a working day from {due}, a weekend day.",
        "ics.holiday": "{date} is a public holiday: plan who makes this contact.",
        "ics.moved_holiday": "Moved to a working day from {due}, a public holiday.",
        "followup.weekend": "{date} (weekend), {when}: {what}",
        "followup.moved": "{date} (moved from {due}, a weekend day), {when}: {what}",
        "followup.holiday": "{date} (public holiday), {when}: {what}",
        "followup.moved_holiday": "{date} (moved from {due}, a public holiday), {when}: {what}",
        "warn.past": {
            "one": "{count} reminder is already past: {dates}.",
            "other": "{count} reminders are already past: {dates}.",
        },
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
        "msg.written": "Written: {path} (readable by you only).",
        "msg.no_followup": "Level 0: there is no follow-up to plan, so no calendar file was written.",
        "starter.header": (
            "Your institution's contacts for secondvictim.\n\n"
            "Each item below refers to a contact of the packaged guide by its id; write only what you\n"
            'change, and remove the "#" before a line to use it. Phone numbers and extensions go in\n'
            'quotes, as dialled. A new id adds a contact; "enabled: false" hides one. Texts can be given\n'
            "in English (en) and French (fr); with only one, it is shown in both languages.\n"
            "Check this file with:   secondvictim --data-dir {directory} validate"
        ),
        "starter.regional": "A regional helpline of your own:",
        "starter.oncall": "At night, at weekends and on holidays, a red flag's answer names the routes open at that hour (kind: on-call; open: days and times, 24-hour clock). Name yours: the on-call manager, liaison psychiatry, the emergency department. Without one, it says: the emergency department, or 15.",
        "starter.hide": "To hide a contact your institution does not have:",
        # Messages
        "msg.interrupted_saved": (
            "Interrupted after saving {paths}.\nIn immediate danger, call 15 (SAMU) or 112; dark thoughts: 3114."
        ),
        "msg.interrupted": "Interrupted. Nothing was saved.\nIn immediate danger, call 15 (SAMU) or 112; dark thoughts: 3114.",
        "msg.unexpected": (
            "secondvictim stopped on an unexpected error ({error}). Please report it.\n"
            "In immediate danger, call 15 (SAMU) or 112; dark thoughts: 3114."
        ),
        "msg.eof": (
            "No more input: triage stopped before the end. Nothing was saved.\n"
            "In immediate danger, call 15 (SAMU) or 112; dark thoughts: 3114."
        ),
        "msg.data_error": "The guide's data cannot be used:",
        "msg.data_fallback": (
            "Warning: your institution's data in {directory} cannot be used. This is the packaged "
            "guide, without your institution's contacts. Problems:"
        ),
        "h.now": "Do now",
        "validate.unset": "Note: no phone number or way to reach them yet for: {names}. Managers will only see the national lines until they are set (secondvictim init shows how).",
        "label": "{text}:",
        "answered": "{question} {answer}",
        "decision.red_flags": {"one": "Red flag: {labels}.", "other": "Red flags: {labels}."},
        "decision.signs": {"one": "Warning sign: {labels}.", "other": "Warning signs: {labels}."},
        "decision.situations": {"one": "Situation: {labels}.", "other": "Situations: {labels}."},
        "help.full": "On a terminal, show the whole guidance at once, the decision last (by default the decision comes alone, the rest one keystroke away). Piped output, --json and -o always hold everything.",
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
        "list.separator": "; ",
        "call.emergency_line": "Immediate danger: 15 or 112 · dark thoughts: 3114 · by SMS: 114",
        "call.out_of_hours": "Night, weekend, holiday: the emergency department, or 15.",
        "contacts.unset": "{names}: contact details not set yet. Ask your quality or risk-management department (they add them with secondvictim init).",
        "resource.with_extension": "{phone} ext. {extension}",
        "more.prompt": "Enter: the rest of the guidance · q then Enter: finish",
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
        "page.noscript": "This preview cannot ask the questions: open the file in a browser (Safari, Chrome, Firefox). In immediate danger, call 15 (SAMU) or 112; dark thoughts: 3114; by SMS: 114.",
        "help.page": (
            "Write the guide and the triage as one offline page for phones, from your institution's data.\n\n"
            "One HTML file, both languages, no network access; publish it on the intranet or send it to phones."
        ),
        "help.page_output": "Write the page to FILE (required).",
        "err.page_output": "Say where to write the page, for example: secondvictim page -o guide.html",
        "err.init_folder": (
            "Give the folder to write your institution's starter file in, for example: "
            "secondvictim init ~/hospital-contacts (it is created if needed)"
        ),
        "page.written": "Written: {path}. Open it in a browser to check it, then publish it on the intranet or send it to phones.",
        # Errors of options and answers
        "err.try_help": "For help: {command} --help",
        "err.usage": "This command line cannot be understood.",
        "err.extra_args": "Too many arguments: check the spelling of the command and its options.",
        "err.missing_command": "Name a command, for example: secondvictim triage",
        "err.no_such_command": "There is no command '{name}'. The commands are: {valid}.",
        "err.no_such_command_hint": "There is no command '{name}'. Did you mean '{hint}'?",
        "err.no_such_option": "There is no option {option} here.",
        "err.no_such_option_hint": "There is no option {option} here. Did you mean {hint}?",
        "err.needs_value": "The option {option} needs a value.",
        "err.takes_no_value": "The option {option} takes no value.",
        "err.missing": "Missing: {name}.",
        "err.lang": "'{value}' is not a language of this guide. Accepted: {valid}.",
        "err.unknown_value": "{option}: '{value}' is not a known {what}. Accepted: {valid}.",
        "err.unknown_value_hint": "{option}: '{value}' is not a known {what}. Did you mean '{hint}'?",
        "err.none_and_more": "{option}: '{value}' cannot be given together with other values.",
        "err.date": "{option}: '{value}' is not a date. Write it as 27/03/2026, 27/03, 2026-03-27, yesterday or 3 days ago.",
        "err.date_impossible": "{option}: '{value}' does not exist in the calendar.",
        "err.date_range": "{option}: '{value}' is too far in the past or in the future.",
        "err.format": "The format of {path} cannot be told from its extension: give --format ({choices}).",
        "err.format_extension": "The format of {path} cannot be told from its extension: give the file one of these extensions: {choices} (or use --json to print the JSON).",
        "err.two_on_stdout": "Only one document can go to standard output: give --json or name one output -, not both.",
        "err.card_json_format": "--json and --format both choose the card's format: give one of them.",
        "err.card_force_alone": "--force replaces a file written with -o FILE: give -o FILE too, or leave --force out.",
        "err.missing_event": (
            "--event or --no-event is needed when no question can be asked (no terminal): say whether "
            "the professional was involved in a serious event during care, reported or not (or give a --red-flag or a --situation)."
        ),
        "err.stream": "The output cannot be written ({reason}).",
        "what.role": "role",
        "what.internal": "answer",
        "valid.roles": (
            "physician (doctor), intern, nurse, midwife, pharmacist (or pharmacy student), student, "
            "other (nursing assistant, porter, cleaning staff, medical secretary, nurse manager, "
            "radiographer, physiotherapist...), unknown"
        ),
        "valid.internal": "yes, no, unknown",
        "what.format": "format",
        "what.red_flag": "red flag",
        "what.sign": "warning sign",
        # Output files
        "out.exists": "{path} already exists; nothing was written. Use --force to replace it.",
        "out.not_regular": "{path} is not a regular file; nothing was written. To print on the screen, use -o -.",
        "out.same_path": "Two outputs name the same file, {path}: give each its own name.",
        "out.no_folder": "The folder {folder} does not exist; nothing was written (create it first).",
        "out.permission": "{path} cannot be written: permission denied.",
        "out.name_too_long": "{path} cannot be written: the name is too long.",
        "out.full": "{path} cannot be written: the disk is full.",
        "out.cannot": "{path} cannot be written ({reason}).",
        # Problems in data files
        "p.not_a_file": "not a regular file (a folder, a device or a pipe): expected a YAML file",
        "p.too_large": "file too large ({size} bytes; the limit is 1 MiB)",
        "p.not_found": "file not found",
        "p.permission": "permission denied: cannot be read",
        "p.name_too_long": "the name is too long",
        "p.link_loop": "a link that points to itself",
        "p.cannot_read": "cannot be read ({code})",
        "p.not_utf8": "not valid UTF-8 text (save the file as UTF-8)",
        "p.yaml": "not valid YAML (check the indentation, the colons and the quotes here)",
        "p.yaml_colon": "not valid YAML: a colon is misplaced (put a text containing ': ' in quotes)",
        "p.yaml_tab": "a tab: indent with spaces",
        "p.yaml_quote": "not valid YAML: the quote opened on this line is not closed",
        "p.yaml_escape": "not valid YAML: an unknown escape (\\) in a quoted text",
        "p.yaml_indent": "not valid YAML: the indentation does not match the lines above",
        "p.alias": "anchors and aliases (&name, *name) are not allowed",
        "p.bad_value": "a value that cannot be read (put texts in quotes)",
        "p.complex_key": "a key must be a plain word",
        "p.duplicate_key": "the key '{name}' is written twice",
        "p.long_number": "a number this long has no place in the guide (put texts in quotes)",
        "p.typed_value": "typed values (dates, decimals, !!tags) are not allowed: put the text in quotes",
        "p.too_deep": "lists and mappings nest more than {limit} levels deep",
        "p.not_mapping": "expected a mapping with the keys {keys}",
        "p.unknown_top_key": "unknown key (this file holds {keys})",
        "p.packaged_lang": "no '{code}' version: every packaged text needs one",
        "p.missing_lang": "no '{code}' version: the '{shown}' text is shown instead",
        "p.not_folder": "not a folder (expected a folder of YAML files)",
        "p.unknown_file": "unknown file name (expected one of {names})",
        "p.lower_case_name": "write the file name in lower case: {name}",
        "p.duplicate_id": "the id '{id}' is used twice",
        "p.reserved_id": "'{id}' is a word the triage answers with: choose another id",
        "p.enabled": "enabled is true or false",
        "p.nothing_to_hide": "nothing to hide: no item has the id '{id}'",
        "p.protected_emergency": "the national emergency numbers cannot be changed or hidden; add your own as a new item",
        "p.protected_red_flag": "red flags cannot be changed or hidden; add your own as a new item",
        "p.protected_level3": "what to do at level 3 (act now) cannot be changed, moved or hidden; add your own as a new item",
        "p.protected_contact": (
            "a contact of level 3 (act now) cannot be hidden, nor its kind, audience or roles changed; fill in "
            "how to reach it (phone, extension, location, hours, open, how_to_reach, availability, details) and its name"
        ),
        "p.level_twice": "level {level} is defined twice",
        "p.level_missing": "level {level} is missing",
        "p.unknown_answer": "unknown answer id '{id}'",
        "p.level_range": "a level is 0, 1, 2 or 3",
        "p.no_language": "a text needs at least one language, for example en: ...",
        "p.control": "control characters (escape sequences, carriage returns, NUL) are not allowed in a text",
        "p.invisible": "a text made only of invisible characters",
        "p.unknown_key": "unknown key (check its spelling)",
        "p.lang_indent": "a language at the level of the fields: indent it two spaces more, under the field it belongs to (hours:, name:...)",
        "p.missing": "required, but missing",
        "p.unknown_id": "no item has the id {id}: did you mean {close}?",
        "p.phone": 'a phone number is digits as dialled, in quotes, for example "0805 23 23 36"',
        "p.extension": 'an extension is digits only, in quotes, for example "4321"',
        "p.phone_fiction": (
            "a number reserved for fiction, which rings nowhere: still the example from init? "
            "Write the contact's number as dialled from an outside line"
        ),
        "p.phone_not_dialable": (
            "not a number that can be dialled from France: 10 digits starting with 0, a short number "
            "such as 3114, or + and a country code; an internal extension goes in extension, "
            "with the switchboard's number in phone"
        ),
        "p.starter_example": "still the example from init: write your own, or put the # back before the line",
        "p.date": 'a date is written as year-month-day, in quotes, for example "2027-06-30"',
        "sources.title": "Where the numbers come from",
        "sources.intro": (
            "Each number, the page where it was checked, when, and when to check it again. To check one "
            "again: open its source, compare the number, the hours and whom it is for, then update "
            "verified_on and review_by (README: Checking a number again)."
        ),
        "sources.source": "Source: {source}",
        "sources.no_source": "none given",
        "sources.verified_on": "Checked on {date}",
        "sources.review_by": "To check again by {date}",
        "sources.review_passed": "Review date passed on {date}: check it again now",
        "sources.overdue": (
            "Warning: the number of {name} ({phone}) was to be checked again by {date}. "
            "Check it at its source ({source}), then update verified_on and review_by."
        ),
        "p.id": "an id is lower-case letters, digits and hyphens, for example my-helpline",
        "p.unknown_lang": "unknown language '{code}' (use en or fr)",
        "p.one_of": "expected one of: {valid}",
        "p.text": "expected a text",
        "p.integer": "expected a whole number",
        "p.boolean": "expected true or false",
        "p.mapping": "expected a mapping (key: value lines)",
        "p.list": "expected a list (lines starting with '- ')",
        "p.empty_text": "a text cannot be empty",
        "p.pattern": "the value does not have the expected form",
        "p.too_few": {"one": "at least {count} item is needed", "other": "at least {count} items are needed"},
        "p.too_long": "too long (at most {count})",
        "p.range": "the value is out of range",
        "p.invalid": "invalid value ({kind})",
        "p.unusable": "this data could not be used ({error})",
        "validate.problems": {"one": "Not valid: {count} problem.", "other": "Not valid: {count} problems."},
        "validate.warnings": {"one": "{count} warning", "other": "{count} warnings"},
        "validate.more": {
            "one": "… and {count} more problem (secondvictim validate --json lists them all).",
            "other": "… and {count} more problems (secondvictim validate --json lists them all).",
        },
        "validate.more_warnings": {
            "one": "… and {count} more warning (secondvictim validate --json lists them all).",
            "other": "… and {count} more warnings (secondvictim validate --json lists them all).",
        },
        # The command line's own words
        "cli.usage": "Usage:",
        "cli.options": "Options:",
        "cli.arguments": "Arguments:",
        "cli.commands": "Commands:",
        "cli.options_metavar": "[OPTIONS]",
        "cli.command_metavar": "COMMAND [ARGS]...",
        "cli.required": "[required]",
        "meta.file": "FILE",
        "meta.dir": "DIR",
        "meta.id": "ID",
        "meta.date": "DATE",
        "meta.word": "WORD",
        "meta.yes_no_unknown": "yes|no|unknown",
        "meta.trend": "easing|same|worse",
        "meta.name": "NAME",
        "examples.app": (
            "Examples:\n"
            "secondvictim triage                       # a few questions, then what to do\n"
            "secondvictim --lang fr triage             # in French\n"
            "secondvictim card -o card.html            # the pocket card, to print\n"
            "Shell completion is not offered: the commands and options are few, and this help lists them."
        ),
        "examples.triage": (
            "Examples:\n"
            "secondvictim triage\n"
            "secondvictim triage --red-flag none --event --sign withdrawal --role nurse --internal yes\n"
            "secondvictim triage --red-flag none --event --sign none --event-date 2026-11-30 -o day0.json --followup-ics followup.ics"
        ),
        "examples.checkin": (
            "Examples:\n"
            "secondvictim checkin --previous day0.json\n"
            "secondvictim checkin --previous day0.json --red-flag none --sign none --trend easing --item none --support-used yes --step none -o day3.json"
        ),
        "examples.team": (
            "Examples:\n"
            "secondvictim team --event-date 2026-11-30 --death --situation none -o team.json --ics team.ics\n"
            "secondvictim team --previous team.json --ics team.ics --force"
        ),
        "examples.script": (
            "Example:\n"
            "secondvictim script"
        ),
        "examples.resources": (
            "Examples:\n"
            "secondvictim resources --external\n"
            "secondvictim resources --role physician"
        ),
        "examples.signs": (
            "Example:\n"
            "secondvictim signs"
        ),
        "examples.avoid": (
            "Example:\n"
            "secondvictim avoid"
        ),
        "examples.about": (
            "Examples:\n"
            "secondvictim about\n"
            "secondvictim about --sources"
        ),
        "examples.card": (
            "Examples:\n"
            "secondvictim card -o card.html\n"
            "secondvictim card --format md > card.md"
        ),
        "examples.page": (
            "Example:\n"
            "secondvictim --data-dir ~/hospital-contacts page -o guide.html"
        ),
        "examples.followup": (
            "Examples:\n"
            "secondvictim followup --event-date 2026-11-30 --ics reminders.ics --workdays\n"
            "secondvictim followup --previous day0.json --ics followup.ics --force"
        ),
        "examples.validate": (
            "Example:\n"
            "secondvictim validate ~/hospital-contacts"
        ),
        "examples.init": (
            "Example:\n"
            "secondvictim init ~/hospital-contacts"
        ),
        "examples.schema": (
            "Examples:\n"
            "secondvictim schema\n"
            "secondvictim schema triage"
        ),
        "examples.practice": (
            "Examples:\n"
            "secondvictim practice\n"
            "secondvictim practice dark-thoughts --reply 1 --reply 1 --reply 1"
        ),
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
            "Required without a terminal, unless a red flag is given."
        ),
        "help.sign": (
            "A warning sign you see (repeatable), by its id or in words: withdrawal, guilt, anxiety, "
            "medico-legal, behaviour-change; or 'none'."
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
        "help.event_date": "The day of the event, to date the follow-up (default: today): 27/03/2026, 27/03, 2026-03-27, today, yesterday, '3 days ago'.",
        "help.card": (
            "Print the whole guide as a pocket card, or write it to a file.\n\n"
            "Markdown when piped, HTML for a page to print (two A4 pages), or plain text."
        ),
        "help.card_format": "md, html or txt (default: txt on a terminal, md when piped, else by the extension of -o).",
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
            "Every JSON document names its shape in its schema field, for example secondvictim/triage/2; "
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
        "hint.one": "Type a number, or words of the reply.",
        "err.one": "Please type one number between 1 and {count}, or words of one reply.",
        "err.practice_reply_alone": "--reply needs a scenario: secondvictim practice ID --reply N.",
        "err.practice_more": "The path stops at a question: give one more --reply (1 to {count}), or play it in a terminal.",
        "err.practice_unknown": "There is no scenario '{id}'. Scenarios: {valid}.",
        "err.practice_unknown_hint": "There is no scenario '{id}'. Did you mean '{hint}'?",
        "err.practice_too_many": "The conversation ended after {count} replies: there are too many --reply.",
        "err.practice_reply": "--reply '{value}' (reply {turn}): give a number between 1 and {count}, or words of one reply.",
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
        "p.unknown_red_flag": "no red flag has the id '{id}'",
        "p.unknown_action": "no action has the id '{id}'",
        "p.unknown_attitude": "no attitude to avoid has the id '{id}'",
        "p.practice_next": "no step or ending of this scenario has the id '{id}'",
        "p.practice_avoid_helps": "a reply that matches the attitude to avoid '{id}' must have verdict: hurts",
        "p.practice_lang": "missing in {code}: every reply and its feedback are needed in every language",
        "p.practice_cycle": "this reply leads back to an earlier step: a path would never end",
        "p.practice_unreachable": "no path of the scenario reaches '{id}'",
        "p.practice_red_flag": "a path can end without the level-3 actions of the red flag '{id}': {missing}",
        "err.alarm_time": "{option}: '{value}' is not a time. Write it as 08:30.",
        "err.summary": "{path} is not a summary written by secondvictim triage (or checkin) -o FILE.json.",
        "err.no_schema": "There is no schema named '{name}'. Schemas: {valid}.",
        "err.no_schema_hint": "There is no schema named '{name}'. Did you mean {hint}? Schemas: {valid}.",
        "warn.lang_env": "SECONDVICTIM_LANG={value} is not a language of this guide ({valid}): it is ignored.",
        "err.summary_unreadable": "{path}: {reason}.",
        # Added after the rest (issue 12)
        "key.informal": "Between colleagues on first-name terms:",
        "key.after_safety": "Once they are safe, and only then, the key message:",
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
        "err.event_ahead": "--event-date: {value} is after today; give the day the event happened.",
        "checkin.err.step_past": "--step: {step} is a step still to come, but {date} is already past. Give its date from today on, or no date.",
        "checkin.what_item": "re-check item",
        "checkin.what_step": "process step",
        "checkin.what_trend": "trend (easing, same or worse)",
        "checkin.what_support": "answer (yes, no or unknown)",
        "checkin.intro": (
            "Follow-up contact, day {day} after the event. Ask in your own words and listen: this is not "
            "a test and gives no score. No names are asked.\nIn immediate danger, call 15 (SAMU) or 112 now."
        ),
        "checkin.q_trend": "Since the last contact, are things easing, the same or worse, as they see it?",
        "checkin.last_time": "Last time ({date}): {value}. Type \"same\" to keep that answer.",
        "checkin.q_items": "Ask in your own words, and listen. Which of these do they describe?",
        "checkin.q_support": "Have they used the support offered?",
        "checkin.q_relay": "Since the red flag: is the specialised support in place (occupational medicine, psychologist)?",
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
        "checkin.assessment_unset_both": "Occupational medicine, psychologist: numbers not set (quality department).",
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
        "mark.weekend": "(weekend)",
        "mark.holiday": "(public holiday)",
        "team.avoid": "What not to do:",
        "team.command": "For each person, in private, run a triage (no name is asked):",
        "team.what_situation": "situation",
        "team.q_death": "Did a patient die?",
        "team.intro": (
            "Team plan: two questions, then the plan. No names are asked and nothing is stored.\n"
            "In immediate danger, call 15 (SAMU) or 112 now."
        ),
        "team.intro_kept": (
            "Team plan: two questions, then the plan. No names are asked; the plan is kept only in "
            "{path}.\nIn immediate danger, call 15 (SAMU) or 112 now."
        ),
        "team.summary_title": "Second-victim support: plan for a team",
        "team.ics_summary": "Team support: {title}, {date}",
        "team.ics_description": (
            "{date}, {when}: {what}\n\nThe whole plan: secondvictim team --event-date {event_date}\n\n"
            "In immediate danger, call 15 or 112. Dark thoughts: 3114."
        ),
        "team.ics_weekend": "{date} falls on a weekend: plan who makes this contact.",
        "team.ics_holiday": "{date} is a public holiday: plan who makes this contact.",
        "team.ics_until": "Until {date}.",
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
        "err.team_previous": "{path} is not a team plan written by secondvictim team -o FILE.json.",
        "err.summary_ahead": "{path} is for an event on {date}, after today: check the computer's date, or the file.",
        "team.p_window": "until is a day on or after day: a window cannot end before it starts",
        "team.decision_situations": {
            "one": "Situation that calls for outreach: {label}.",
            "other": "{count} situations that call for outreach, including: {label}.",
        },
        "team.starter_peer": (
            "Your trained peer supporters, proposed after your own contact (name the team, not a person):"
        ),
        "help.situation": (
            "A situation that calls for outreach, even without a sign, by its id or in words (repeat "
            "for several; none for none). The ids are listed by 'secondvictim signs'."
        ),
    },
    "fr": {
        # Questions du repérage
        "q.red_flags": "Observez-vous en ce moment l'un de ces signes de gravité ?",
        "q.red_flag_now": "« {words} » évoque un signe de gravité : {labels}. Est-ce un signe de gravité en ce moment ?",
        "q.event": "Le professionnel a-t-il été impliqué dans un événement grave lors des soins (erreur, complication, décès inattendu), déclaré ou non ?",
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
        "role.other": "Autre professionnel de santé",
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
            "Le soutien doit être proposé dès qu'un professionnel a été impliqué dans un événement grave "
            "lors des soins, déclaré ou non, ou dès qu'il présente des signes inhabituels, tels que :"
        ),
        "h.red_flags": "Signes de gravité : agir immédiatement",
        "red_flags.intro": "Si le professionnel présente l'un de ces signes, agissez immédiatement :",
        "h.red_flag_actions": "À faire tout de suite",
        "h.attitudes": "Attitudes à éviter",
        # validate et init
        "config.no_home": "~/.config/secondvictim (aucun dossier personnel n'est connu pour cet utilisateur)",
        "validate.none": (
            "Aucune donnée d'établissement trouvée (--data-dir, SECONDVICTIM_DATA_DIR ou {folder}) : "
            "seul le guide fourni est utilisé."
        ),
        "validate.folder": "Données de l'établissement : {directory} (choisi par {how})",
        "validate.files": "Fichiers lus :",
        "validate.packaged": "fourni",
        "validate.then": ", puis ",
        "validate.valid": "Valide.",
        "validate.by_config": "votre dossier de configuration",
        "validate.by_argument": "l'argument de la commande",
        "init.done": (
            "{path} a été écrit.\n"
            "Complétez vos contacts, puis vérifiez-les :  secondvictim --data-dir {directory} validate\n"
            "Pour les utiliser toujours, définissez SECONDVICTIM_DATA_DIR={directory} ou placez le "
            "fichier dans {folder}"
        ),
        # Documents à emporter
        "ics.summary": "Suivi seconde victime : {title}, {date}",
        "ics.description": (
            "{date}, {when} : {what}\n\nMessage clé : {message}\n\n"
            "En cas de danger immédiat, appelez le 15 ou le 112. Idées noires : 3114."
        ),
        "ics.weekend": "Le {date} tombe un week-end : prévoyez qui assure ce contact.",
        "ics.moved": "Déplacé sur un jour ouvré ; la date prévue, {due}, tombait un week-end.",
        "ics.holiday": "Le {date} est un jour férié : prévoyez qui assure ce contact.",
        "ics.moved_holiday": "Déplacé sur un jour ouvré ; la date prévue, {due}, était un jour férié.",
        "followup.weekend": "{date} (week-end), {when} : {what}",
        "followup.moved": "{date} (au lieu du {due}, un week-end), {when} : {what}",
        "followup.holiday": "{date} (jour férié), {when} : {what}",
        "followup.moved_holiday": "{date} (au lieu du {due}, un jour férié), {when} : {what}",
        "warn.past": {
            "one": "{count} rappel est déjà passé : {dates}.",
            "other": "{count} rappels sont déjà passés : {dates}.",
        },
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
        "msg.written": "Fichier écrit : {path} (lisible par vous seul).",
        "msg.no_followup": "Niveau 0 : aucun suivi à planifier, donc aucun fichier de calendrier n'a été écrit.",
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
        "starter.oncall": "La nuit, le week-end et les jours fériés, la réponse à un signe de gravité nomme les recours ouverts à cette heure (kind: on-call ; open : jours et heures, sur 24 h). Indiquez les vôtres : cadre de garde, psychiatrie de liaison, urgences. Sans eux, elle dit : les urgences, ou le 15.",
        "starter.hide": "Pour masquer un contact que votre établissement n'a pas :",
        # Messages
        "msg.interrupted_saved": (
            "Interrompu après avoir enregistré {paths}.\n"
            "En cas de danger immédiat, appelez le 15 (SAMU) ou le 112 ; idées noires : 3114."
        ),
        "msg.interrupted": (
            "Interrompu. Rien n'a été enregistré.\n"
            "En cas de danger immédiat, appelez le 15 (SAMU) ou le 112 ; idées noires : 3114."
        ),
        "msg.unexpected": (
            "secondvictim s'est arrêté sur une erreur inattendue ({error}). Merci de la faire remonter.\n"
            "En cas de danger immédiat, appelez le 15 (SAMU) ou le 112 ; idées noires : 3114."
        ),
        "msg.eof": (
            "Plus de saisie : le repérage s'est arrêté avant la fin. Rien n'a été enregistré.\n"
            "En cas de danger immédiat, appelez le 15 (SAMU) ou le 112 ; idées noires : 3114."
        ),
        "msg.data_error": "Les données du guide ne peuvent pas être utilisées :",
        "msg.data_fallback": (
            "Attention : les données de votre établissement dans {directory} ne peuvent pas être "
            "utilisées. Voici le guide fourni, sans les contacts de votre établissement. Problèmes :"
        ),
        "h.now": "À faire maintenant",
        "validate.unset": "À noter : pas encore de numéro ni de moyen de joindre : {names}. Les cadres ne verront que les lignes nationales tant qu'ils ne sont pas renseignés (secondvictim init montre comment).",
        "label": "{text} :",
        "answered": "{question} {answer}",
        "decision.red_flags": {"one": "Signe de gravité : {labels}.", "other": "Signes de gravité : {labels}."},
        "decision.signs": {"one": "Signe d'alerte : {labels}.", "other": "Signes d'alerte : {labels}."},
        "decision.situations": {"one": "Situation : {labels}.", "other": "Situations : {labels}."},
        "help.full": "Dans un terminal, afficher tout le guide d'un coup, la décision en dernier (par défaut, la décision s'affiche seule et le reste à une touche). La sortie redirigée, --json et -o contiennent toujours tout.",
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
        "list.separator": " ; ",
        "call.emergency_line": "Danger immédiat : 15 ou 112 · idées noires : 3114 · par SMS : 114",
        "call.out_of_hours": "Nuit, week-end, jour férié : les urgences, ou le 15.",
        "contacts.unset": "{names} : coordonnées pas encore renseignées. Demandez-les à votre service qualité ou gestion des risques (il les ajoute avec secondvictim init).",
        "resource.with_extension": "{phone} poste {extension}",
        "more.prompt": "Entrée : afficher la suite · q puis Entrée : quitter",
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
        "page.noscript": "Cet aperçu ne peut pas poser les questions : ouvrez le fichier dans un navigateur (Safari, Chrome, Firefox). En cas de danger immédiat, appelez le 15 (SAMU) ou le 112 ; idées noires : 3114 ; par SMS : 114.",
        "help.page": (
            "Écrire le guide et le repérage en une page hors ligne pour téléphone, à partir des données de votre établissement.\n\n"
            "Un seul fichier HTML, les deux langues, aucun accès au réseau ; à publier sur l'intranet ou à envoyer sur les téléphones."
        ),
        "help.page_output": "Écrire la page dans FICHIER (obligatoire).",
        "err.page_output": "Indiquez où écrire la page, par exemple : secondvictim page -o guide.html",
        "err.init_folder": (
            "Indiquez le dossier où écrire le fichier de départ de votre établissement, par exemple : "
            "secondvictim init ~/contacts-hopital (il est créé si besoin)"
        ),
        "page.written": "Écrit : {path}. Ouvrez-le dans un navigateur pour le vérifier, puis publiez-le sur l'intranet ou envoyez-le sur les téléphones.",
        # Erreurs d'options et de réponses
        "err.try_help": "Pour l'aide : {command} --help",
        "err.usage": "Cette ligne de commande ne peut pas être comprise.",
        "err.extra_args": "Trop d'arguments : vérifiez l'orthographe de la commande et de ses options.",
        "err.missing_command": "Indiquez une commande, par exemple : secondvictim triage",
        "err.no_such_command": "La commande « {name} » n'existe pas. Les commandes sont : {valid}.",
        "err.no_such_command_hint": "La commande « {name} » n'existe pas. Vouliez-vous dire « {hint} » ?",
        "err.no_such_option": "L'option {option} n'existe pas ici.",
        "err.no_such_option_hint": "L'option {option} n'existe pas ici. Vouliez-vous dire {hint} ?",
        "err.needs_value": "L'option {option} attend une valeur.",
        "err.takes_no_value": "L'option {option} n'attend pas de valeur.",
        "err.missing": "Il manque : {name}.",
        "err.lang": "« {value} » n'est pas une langue de ce guide. Valeurs possibles : {valid}.",
        "err.unknown_value": "{option} : « {value} » n'est pas reconnu ({what}). Valeurs possibles : {valid}.",
        "err.unknown_value_hint": "{option} : « {value} » n'est pas reconnu ({what}). Vouliez-vous dire « {hint} » ?",
        "err.none_and_more": "{option} : « {value} » ne peut pas être combiné avec d'autres valeurs.",
        "err.date": "{option} : « {value} » n'est pas une date. Écrivez-la 27/03/2026, 27/03, 2026-03-27, hier ou il y a 3 jours.",
        "err.date_impossible": "{option} : « {value} » n'existe pas dans le calendrier.",
        "err.date_range": "{option} : « {value} » est trop loin dans le passé ou dans l'avenir.",
        "err.format": "Le format de {path} ne peut pas être déduit de son extension : indiquez --format ({choices}).",
        "err.format_extension": "Le format de {path} ne peut pas être déduit de son extension : donnez au fichier l'une de ces extensions : {choices} (ou utilisez --json pour afficher le JSON).",
        "err.two_on_stdout": "Un seul document peut aller sur la sortie standard : indiquez --json ou une seule sortie -, pas les deux.",
        "err.card_json_format": "--json et --format choisissent tous deux le format de la carte : indiquez l'un des deux.",
        "err.card_force_alone": "--force remplace un fichier écrit avec -o FICHIER : indiquez aussi -o FICHIER, ou retirez --force.",
        "err.missing_event": (
            "--event ou --no-event est nécessaire quand aucune question ne peut être posée (pas de "
            "terminal) : indiquez si le professionnel a été impliqué dans un événement grave lors des "
            "soins, déclaré ou non (ou donnez un --red-flag ou une --situation)."
        ),
        "err.stream": "La sortie ne peut pas être écrite ({reason}).",
        "what.role": "fonction",
        "what.internal": "réponse",
        "valid.roles": (
            "médecin, interne, infirmier ou infirmière (IDE), sage-femme, pharmacien (ou étudiant en "
            "pharmacie), étudiant, autre (aide-soignant, ASH, brancardier, secrétaire médicale, cadre de "
            "santé, manipulateur radio, kinésithérapeute...), inconnu"
        ),
        "valid.internal": "oui, non, inconnu",
        "what.format": "format",
        "what.red_flag": "signe de gravité",
        "what.sign": "signe d'alerte",
        # Fichiers écrits
        "out.exists": "{path} existe déjà ; rien n'a été écrit. Utilisez --force pour le remplacer.",
        "out.not_regular": "{path} n'est pas un fichier ordinaire ; rien n'a été écrit. Pour afficher à l'écran, utilisez -o -.",
        "out.same_path": "Deux sorties désignent le même fichier, {path} : donnez à chacune son propre nom.",
        "out.no_folder": "Le dossier {folder} n'existe pas ; rien n'a été écrit (créez-le d'abord).",
        "out.permission": "{path} ne peut pas être écrit : permission refusée.",
        "out.name_too_long": "{path} ne peut pas être écrit : le nom est trop long.",
        "out.full": "{path} ne peut pas être écrit : le disque est plein.",
        "out.cannot": "{path} ne peut pas être écrit ({reason}).",
        # Problèmes dans les fichiers de données
        "p.not_a_file": "pas un fichier ordinaire (un dossier, un périphérique ou un tube) : un fichier YAML est attendu",
        "p.too_large": "fichier trop volumineux ({size} octets ; la limite est de 1 Mio)",
        "p.not_found": "fichier introuvable",
        "p.permission": "permission refusée : le fichier ne peut pas être lu",
        "p.name_too_long": "le nom est trop long",
        "p.link_loop": "un lien qui pointe vers lui-même",
        "p.cannot_read": "le fichier ne peut pas être lu ({code})",
        "p.not_utf8": "texte non valide en UTF-8 (enregistrez le fichier en UTF-8)",
        "p.yaml": "YAML non valide (vérifiez ici l'indentation, les deux-points et les guillemets)",
        "p.yaml_colon": "YAML non valide : deux-points mal placés (mettez entre guillemets un texte qui contient « : »)",
        "p.yaml_tab": "une tabulation : indentez avec des espaces",
        "p.yaml_quote": "YAML non valide : les guillemets ouverts sur cette ligne ne sont pas fermés",
        "p.yaml_escape": "YAML non valide : un échappement (\\) inconnu dans un texte entre guillemets",
        "p.yaml_indent": "YAML non valide : l'indentation ne correspond pas aux lignes au-dessus",
        "p.alias": "les ancres et les alias (&nom, *nom) ne sont pas autorisés",
        "p.bad_value": "une valeur illisible (mettez les textes entre guillemets)",
        "p.complex_key": "une clé doit être un simple mot",
        "p.duplicate_key": "la clé « {name} » est écrite deux fois",
        "p.long_number": "un nombre aussi long n'a pas sa place dans le guide (mettez les textes entre guillemets)",
        "p.typed_value": "les valeurs typées (dates, décimaux, balises !!) ne sont pas autorisées : mettez le texte entre guillemets",
        "p.too_deep": "les listes et les tableaux sont imbriqués sur plus de {limit} niveaux",
        "p.not_mapping": "un tableau de clés est attendu, avec les clés {keys}",
        "p.unknown_top_key": "clé inconnue (ce fichier contient {keys})",
        "p.packaged_lang": "pas de version « {code} » : chaque texte fourni en a besoin",
        "p.missing_lang": "pas de version « {code} » : le texte « {shown} » est affiché à la place",
        "p.not_folder": "pas un dossier (un dossier de fichiers YAML est attendu)",
        "p.unknown_file": "nom de fichier inconnu (noms possibles : {names})",
        "p.lower_case_name": "écrivez le nom du fichier en minuscules : {name}",
        "p.duplicate_id": "l'id « {id} » est utilisé deux fois",
        "p.reserved_id": "« {id} » est un mot de réponse du repérage : choisissez un autre id",
        "p.enabled": "enabled vaut true ou false",
        "p.nothing_to_hide": "rien à masquer : aucun élément n'a l'id « {id} »",
        "p.protected_emergency": "les numéros d'urgence nationaux ne peuvent être ni modifiés ni masqués ; ajoutez les vôtres comme nouvel élément",
        "p.protected_red_flag": "les signes de gravité ne peuvent être ni modifiés ni masqués ; ajoutez les vôtres comme nouvel élément",
        "p.protected_level3": "la conduite à tenir au niveau 3 (agir immédiatement) ne peut être ni modifiée, ni déplacée, ni masquée ; ajoutez la vôtre comme nouvel élément",
        "p.protected_contact": (
            "un contact du niveau 3 (agir immédiatement) ne peut être masqué, ni changer de type, de public ou de "
            "rôles ; indiquez comment le joindre (phone, extension, location, hours, open, how_to_reach, "
            "availability, details) et son nom"
        ),
        "p.level_twice": "le niveau {level} est défini deux fois",
        "p.level_missing": "le niveau {level} manque",
        "p.unknown_answer": "id de réponse inconnu « {id} »",
        "p.level_range": "un niveau vaut 0, 1, 2 ou 3",
        "p.no_language": "un texte a besoin d'au moins une langue, par exemple fr: ...",
        "p.control": "les caractères de contrôle (séquences d'échappement, retours chariot, NUL) ne sont pas autorisés dans un texte",
        "p.invisible": "un texte fait uniquement de caractères invisibles",
        "p.unknown_key": "clé inconnue (vérifiez son orthographe)",
        "p.lang_indent": "une langue au niveau des champs : indentez-la de deux espaces de plus, sous le champ auquel elle appartient (hours:, name:...)",
        "p.missing": "obligatoire, mais absent",
        "p.unknown_id": "aucun élément n'a l'id {id} : vouliez-vous dire {close} ?",
        "p.phone": "un numéro de téléphone s'écrit en chiffres, tel qu'on le compose, entre guillemets, par exemple \"0805 23 23 36\"",
        "p.extension": 'un poste s\'écrit en chiffres seulement, entre guillemets, par exemple "4321"',
        "p.phone_fiction": (
            "un numéro réservé à la fiction, qui ne sonne nulle part : encore l'exemple d'init ? "
            "Écrivez le numéro du contact tel qu'on le compose depuis l'extérieur"
        ),
        "p.phone_not_dialable": (
            "pas un numéro que l'on peut composer depuis la France : 10 chiffres commençant par 0, "
            "un numéro court comme le 3114, ou + et un indicatif de pays ; un poste interne va dans "
            "extension, avec le numéro du standard dans phone"
        ),
        "p.starter_example": "encore l'exemple d'init : écrivez le vôtre, ou remettez le # devant la ligne",
        "p.date": 'une date s\'écrit année-mois-jour, entre guillemets, par exemple "2027-06-30"',
        "sources.title": "D'où viennent les numéros",
        "sources.intro": (
            "Chaque numéro, la page où il a été vérifié, quand, et quand le vérifier de nouveau. Pour le "
            "vérifier : ouvrez sa source, comparez le numéro, les horaires et le public, puis mettez à "
            "jour verified_on et review_by (README : Vérifier un numéro de nouveau)."
        ),
        "sources.source": "Source : {source}",
        "sources.no_source": "non indiquée",
        "sources.verified_on": "Vérifié le {date}",
        "sources.review_by": "À vérifier de nouveau avant le {date}",
        "sources.review_passed": "Date de vérification dépassée depuis le {date} : vérifiez-le maintenant",
        "sources.overdue": (
            "Attention : le numéro de {name} ({phone}) devait être vérifié de nouveau avant le {date}. "
            "Vérifiez-le à sa source ({source}), puis mettez à jour verified_on et review_by."
        ),
        "p.id": "un id s'écrit en minuscules, chiffres et traits d'union, par exemple ma-ligne-ecoute",
        "p.unknown_lang": "langue inconnue « {code} » (utilisez en ou fr)",
        "p.one_of": "valeurs possibles : {valid}",
        "p.text": "un texte est attendu",
        "p.integer": "un nombre entier est attendu",
        "p.boolean": "true ou false est attendu",
        "p.mapping": "un tableau de clés est attendu (lignes clé: valeur)",
        "p.list": "une liste est attendue (lignes commençant par « - »)",
        "p.empty_text": "un texte ne peut pas être vide",
        "p.pattern": "la valeur n'a pas la forme attendue",
        "p.too_few": {"one": "il faut au moins {count} élément", "other": "il faut au moins {count} éléments"},
        "p.too_long": "trop long (au plus {count})",
        "p.range": "la valeur est hors des limites",
        "p.invalid": "valeur non valide ({kind})",
        "p.unusable": "ces données n'ont pas pu être utilisées ({error})",
        "validate.problems": {"one": "Non valide : {count} problème.", "other": "Non valide : {count} problèmes."},
        "validate.warnings": {"one": "{count} avertissement", "other": "{count} avertissements"},
        "validate.more": {
            "one": "… et {count} autre problème (secondvictim validate --json les liste tous).",
            "other": "… et {count} autres problèmes (secondvictim validate --json les liste tous).",
        },
        "validate.more_warnings": {
            "one": "… et {count} autre avertissement (secondvictim validate --json les liste tous).",
            "other": "… et {count} autres avertissements (secondvictim validate --json les liste tous).",
        },
        # Les mots de la ligne de commande
        "cli.usage": "Utilisation :",
        "cli.options": "Options :",
        "cli.arguments": "Arguments :",
        "cli.commands": "Commandes :",
        "cli.options_metavar": "[OPTIONS]",
        "cli.command_metavar": "COMMANDE [ARGUMENTS]...",
        "cli.required": "[obligatoire]",
        "meta.file": "FICHIER",
        "meta.dir": "DOSSIER",
        "meta.id": "ID",
        "meta.date": "DATE",
        "meta.word": "MOT",
        "meta.yes_no_unknown": "oui|non|inconnu",
        "meta.trend": "apaisement|pareil|aggravation",
        "meta.name": "NOM",
        "examples.app": (
            "Exemples :\n"
            "secondvictim triage                       # quelques questions, puis quoi faire\n"
            "secondvictim triage --lang en             # en anglais\n"
            "secondvictim card -o carte.html           # la carte de poche, à imprimer\n"
            "La complétion des commandes dans le shell n'est pas proposée : les commandes et les options sont peu nombreuses, et cette aide les liste."
        ),
        "examples.triage": (
            "Exemples :\n"
            "secondvictim triage\n"
            "secondvictim triage --red-flag none --event --sign withdrawal --role infirmier --internal oui\n"
            "secondvictim triage --red-flag none --event --sign none --event-date 2026-11-30 -o j0.json --followup-ics suivi.ics"
        ),
        "examples.checkin": (
            "Exemples :\n"
            "secondvictim checkin --previous j0.json\n"
            "secondvictim checkin --previous j0.json --red-flag none --sign none --trend apaisement --item none --support-used oui --step none -o j3.json"
        ),
        "examples.team": (
            "Exemples :\n"
            "secondvictim team --event-date 2026-11-30 --death --situation none -o equipe.json --ics equipe.ics\n"
            "secondvictim team --previous equipe.json --ics equipe.ics --force"
        ),
        "examples.script": (
            "Exemple :\n"
            "secondvictim script"
        ),
        "examples.resources": (
            "Exemples :\n"
            "secondvictim resources --external\n"
            "secondvictim resources --role médecin"
        ),
        "examples.signs": (
            "Exemple :\n"
            "secondvictim signs"
        ),
        "examples.avoid": (
            "Exemple :\n"
            "secondvictim avoid"
        ),
        "examples.about": (
            "Exemples :\n"
            "secondvictim about\n"
            "secondvictim about --sources"
        ),
        "examples.card": (
            "Exemples :\n"
            "secondvictim card -o carte.html\n"
            "secondvictim card --format md > carte.md"
        ),
        "examples.page": (
            "Exemple :\n"
            "secondvictim --data-dir ~/contacts-hopital page -o guide.html"
        ),
        "examples.followup": (
            "Exemples :\n"
            "secondvictim followup --event-date 2026-11-30 --ics rappels.ics --workdays\n"
            "secondvictim followup --previous j0.json --ics suivi.ics --force"
        ),
        "examples.validate": (
            "Exemple :\n"
            "secondvictim validate ~/contacts-hopital"
        ),
        "examples.init": (
            "Exemple :\n"
            "secondvictim init ~/contacts-hopital"
        ),
        "examples.schema": (
            "Exemples :\n"
            "secondvictim schema\n"
            "secondvictim schema checkin"
        ),
        "examples.practice": (
            "Exemples :\n"
            "secondvictim practice\n"
            "secondvictim practice im-fine --reply 2 --reply 1"
        ),
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
            "Obligatoire sans terminal, sauf si un signe de gravité est donné."
        ),
        "help.sign": (
            "Un signe d'alerte observé (répétable), par son identifiant ou en mots (« culpabilité ») : "
            "withdrawal, guilt, anxiety, medico-legal, behaviour-change ; ou « aucun »."
        ),
        "help.role": "La fonction du professionnel, en toutes lettres (infirmière, médecin, interne…) ; par défaut : inconnue.",
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
            "Il liste les contacts internes du guide (psychologue, médecine du travail...) avec les champs "
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
            "md, html ou txt (par défaut : txt dans un terminal, md si la sortie est redirigée, sinon "
            "selon l'extension de -o)."
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
            "Chaque document JSON nomme sa forme dans son champ schema, par exemple secondvictim/followup/1 ; "
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
        "hint.one": "Tapez un numéro, ou des mots de la réponse.",
        "err.one": "Tapez un seul numéro entre 1 et {count}, ou des mots d'une seule réponse.",
        "err.practice_reply_alone": "--reply demande un scénario : secondvictim practice ID --reply N.",
        "err.practice_more": "Le parcours s'arrête sur une question : donnez encore un --reply (de 1 à {count}), ou jouez-le dans un terminal.",
        "err.practice_unknown": "Le scénario « {id} » n'existe pas. Scénarios : {valid}.",
        "err.practice_unknown_hint": "Le scénario « {id} » n'existe pas. Vouliez-vous dire « {hint} » ?",
        "err.practice_too_many": "La conversation s'est terminée après {count} réponses : il y a trop de --reply.",
        "err.practice_reply": "--reply « {value} » (réponse {turn}) : donnez un numéro entre 1 et {count}, ou des mots d'une seule réponse.",
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
        "p.unknown_red_flag": "aucun signe de gravité n'a l'id « {id} »",
        "p.unknown_action": "aucune action n'a l'id « {id} »",
        "p.unknown_attitude": "aucune attitude à éviter n'a l'id « {id} »",
        "p.practice_next": "aucune étape ni fin de ce scénario n'a l'id « {id} »",
        "p.practice_avoid_helps": "une réponse qui correspond à l'attitude à éviter « {id} » doit avoir verdict: hurts",
        "p.practice_lang": "manque en {code} : chaque réponse et son retour sont nécessaires dans toutes les langues",
        "p.practice_cycle": "cette réponse ramène à une étape précédente : un parcours ne finirait jamais",
        "p.practice_unreachable": "aucun parcours du scénario n'atteint « {id} »",
        "p.practice_red_flag": "un parcours peut finir sans les actions de niveau 3 du signe de gravité « {id} » : {missing}",
        "err.alarm_time": "{option} : « {value} » n'est pas une heure. Écrivez-la 08:30.",
        "err.summary": "{path} n'est pas une synthèse écrite par secondvictim triage (ou checkin) -o FICHIER.json.",
        "err.no_schema": "Il n'y a pas de schéma nommé « {name} ». Schémas : {valid}.",
        "err.no_schema_hint": "Il n'y a pas de schéma nommé « {name} ». Vouliez-vous dire {hint} ? Schémas : {valid}.",
        "warn.lang_env": "SECONDVICTIM_LANG={value} n'est pas une langue de ce guide ({valid}) : elle est ignorée.",
        "err.summary_unreadable": "{path} : {reason}.",
        # Ajouté après le reste (ticket 12)
        "key.informal": "Entre collègues qui se tutoient :",
        "key.after_safety": "Une fois la personne en sécurité, et seulement alors, le message clé :",
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
        "checkin.err.event_ahead": "--event-date : {value} est postérieur à aujourd'hui ; un point de suivi vient après l'événement.",
        "err.event_ahead": "--event-date : {value} est postérieur à aujourd'hui ; donnez le jour où l'événement a eu lieu.",
        "checkin.err.step_past": "--step : {step} est une étape encore à venir, mais le {date} est déjà passé. Donnez sa date à partir d'aujourd'hui, ou aucune date.",
        "checkin.what_item": "point à revoir",
        "checkin.what_step": "étape de la procédure",
        "checkin.what_trend": "évolution (easing, same ou worse)",
        "checkin.what_support": "réponse (yes, no ou unknown)",
        "checkin.intro": (
            "Point de suivi à J+{day} de l'événement. Posez les questions avec vos mots et écoutez : "
            "ce n'est pas un test et il n'y a pas de score. Aucun nom n'est demandé.\nEn cas de danger "
            "immédiat, appelez maintenant le 15 (SAMU) ou le 112."
        ),
        "checkin.q_trend": "Depuis le dernier point, selon la personne, les choses s'apaisent-elles, restent-elles pareilles ou s'aggravent-elles ?",
        "checkin.last_time": "La dernière fois ({date}) : {value}. Tapez « pareil » pour reprendre cette réponse.",
        "checkin.q_items": "Posez les questions avec vos mots, et écoutez. Qu'est-ce que la personne décrit parmi ceci ?",
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
        "checkin.h_history": "Les points jusqu'ici",
        "checkin.history_line": "{date}, J+{day} : {kind}, niveau {level}",
        "checkin.summary_title": "Soutien à une seconde victime : synthèse d'un point de suivi",
        "checkin.a_trend": "Depuis le dernier point : {value}",
        "checkin.a_items": "Points rapportés : {value}",
        "checkin.a_support": "Recours au soutien proposé : {value}",
        "checkin.a_steps": "Étapes à venir : {value}",
        "checkin.ics_before": "avant l'étape : {step}",
        "checkin.ics_after": "après l'étape : {step}",
        "checkin.no_reminders": "Il ne reste aucun rappel à écrire : aucun fichier de calendrier n'a été écrit.",
        "checkin.h_items": "Points à revoir (secondvictim checkin --item ID)",
        "checkin.items_intro": "Demandés de nouveau à chaque point de suivi, tels que le cadre peut les poser :",
        "checkin.h_process": "Étapes des procédures liées à l'événement (secondvictim checkin --step ID)",
        "checkin.process_intro": "Chaque étape à venir appelle un point juste avant et un point juste après.",
        "help.checkin": (
            "Un point de suivi : de nouveau les signes de gravité, les signes d'alerte, l'évolution, quelques "
            "points à revoir et les étapes à venir, comparés à la synthèse précédente.\n\n"
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
        "help.checkin_item": "Un point à revoir que la personne décrit (répétable), par son identifiant (listé par « secondvictim signs ») ou en mots ; ou « aucun ».",
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
        "mark.weekend": "(week-end)",
        "mark.holiday": "(jour férié)",
        "team.avoid": "À ne pas faire :",
        "team.command": "Pour chaque personne, en tête à tête, faites le repérage (aucun nom n'est demandé) :",
        "team.what_situation": "identifiant de situation",
        "team.q_death": "Un patient est-il décédé ?",
        "team.intro": (
            "Plan pour l'équipe : deux questions, puis le plan. Aucun nom n'est demandé, rien n'est "
            "enregistré.\nEn cas de danger immédiat, appelez maintenant le 15 (SAMU) ou le 112."
        ),
        "team.intro_kept": (
            "Plan pour l'équipe : deux questions, puis le plan. Aucun nom n'est demandé ; le plan est "
            "gardé seulement dans {path}.\nEn cas de danger immédiat, appelez maintenant le 15 (SAMU) "
            "ou le 112."
        ),
        "team.summary_title": "Soutien aux secondes victimes : plan pour une équipe",
        "team.ics_summary": "Soutien d'équipe : {title}, {date}",
        "team.ics_description": (
            "{date}, {when} : {what}\n\nLe plan complet : secondvictim team --event-date {event_date}\n\n"
            "En cas de danger immédiat, appelez le 15 ou le 112. Idées noires : 3114."
        ),
        "team.ics_weekend": "Le {date} tombe un week-end : prévoyez qui assure ce contact.",
        "team.ics_holiday": "Le {date} est un jour férié : prévoyez qui assure ce contact.",
        "team.ics_until": "Jusqu'au {date}.",
        "help.team": (
            "Le plan quand un événement touche toute une équipe : le temps d'équipe pendant le même poste, "
            "un moment de silence après un décès, à qui penser, les points individuels, un temps d'échange "
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
        "err.team_previous": "{path} n'est pas un plan d'équipe écrit par secondvictim team -o FICHIER.json.",
        "err.summary_ahead": "{path} concerne un événement du {date}, postérieur à aujourd'hui : vérifiez la date de l'ordinateur, ou le fichier.",
        "team.p_window": "until est un jour égal ou postérieur à day : une période ne peut pas finir avant de commencer",
        "team.decision_situations": {
            "one": "Situation qui appelle une prise de contact : {label}.",
            "other": "{count} situations qui appellent une prise de contact, dont : {label}.",
        },
        "team.starter_peer": (
            "Vos pairs aidants formés, proposés après votre propre contact (nommez l'équipe, pas une "
            "personne) :"
        ),
        "help.situation": (
            "Une situation qui appelle une prise de contact, même sans signe, par son identifiant ou en "
            "mots (à répéter pour plusieurs ; « aucune » pour aucune). Les identifiants sont listés par "
            "« secondvictim signs »."
        ),
    },
}


