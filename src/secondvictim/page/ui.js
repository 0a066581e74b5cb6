// The interface: one question at a time, then the recommendation of rule.js, added above the guide
// that the file holds as plain HTML (progressive enhancement: without scripts, the guide is all).
// Every text comes from the JSON block #guide-data and is inserted with textContent (append of
// strings): nothing from the data is ever parsed as HTML. Nothing is stored, nothing is sent.

const DATA = JSON.parse(document.getElementById("guide-data").textContent);
const RULE = DATA.rule;
const LANGS = Object.keys(DATA.text);
const app = document.getElementById("app");

// --- small helpers ---------------------------------------------------------------------------

// An element with attributes (set as values, never parsed) and children (strings become text).
function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "on") for (const [event, fn] of Object.entries(value)) node.addEventListener(event, fn);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

// A template's {placeholders} filled in one pass, as a list of strings and nodes.
function fill(template, values) {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? values[piece] : piece)).filter((p) => p !== "");
}

const fillText = (template, values) => fill(template, values).join("");

const dial = (phone) => phone.replace(/ /g, "");

// --- the state: answers by question, and the questions answered, in order ------------------

const state = { lang: null, step: "redFlags", path: [], values: {}, focus: false };

const QUESTIONS = {
  redFlags: { multi: true, question: "qRedFlags", options: () => RULE.redFlags },
  event: { multi: false, question: "qEvent", options: () => ["yes", "no"] },
  situations: { multi: true, question: "qSituations", options: () => RULE.situations },
  signs: { multi: true, question: "qSigns", options: () => RULE.signs },
  role: { multi: false, question: "qRole", options: () => RULE.roles, initial: "unknown" },
  internal: { multi: false, question: "qInternal", options: () => RULE.internal, initial: "unknown" },
};

// The question after `step`, as in prompts.complete: any red flag goes straight to the answer;
// with no event, no situation and no warning sign, the role and the resources change nothing.
function nextStep(step) {
  const values = state.values;
  switch (step) {
    case "redFlags":
      return values.redFlags.length ? "result" : "event";
    case "event":
      return RULE.situations.length ? "situations" : "signs";
    case "situations":
      return "signs";
    case "signs": {
      const outreach = values.event === "yes" || (state.path.includes("situations") && values.situations.length);
      return outreach || values.signs.length ? "role" : "result";
    }
    case "role":
      return "internal";
    default:
      return "result";
  }
}

// The answers given on the way to the result; a question not on the way keeps its default.
function answers() {
  const on = (step) => state.path.includes(step);
  const values = state.values;
  return {
    redFlags: on("redFlags") ? values.redFlags : [],
    event: on("event") ? values.event === "yes" : null,
    situations: on("situations") ? values.situations : [],
    signs: on("signs") ? values.signs : [],
    role: on("role") ? values.role : "unknown",
    internal: on("internal") ? values.internal : "unknown",
  };
}

// --- words -----------------------------------------------------------------------------------

const text = () => DATA.text[state.lang];
const ui = () => text().ui;

function optionLabel(step, option) {
  if (step === "event") return ui()[option];
  if (step === "role") return ui().roles[option];
  if (step === "internal") return ui().internal[option];
  return text().labels[option];
}

function quote(words) {
  return h("blockquote", {}, h("p", {}, fillText(ui().quoted, { text: words })));
}

// A number to tap: a call, or a text message for the lines that take only those.
function numberLink(resource) {
  const sms = RULE.smsLines.includes(resource.id);
  return h("a", { href: (sms ? "sms:" : "tel:") + dial(resource.phone), class: "number" }, resource.phone);
}

function ruleResource(id) {
  return RULE.resources.find((r) => r.id === id);
}

// One line, number first, as document.call_line.
function callLine(resource) {
  const words = text().resources[resource.id];
  const about = [words.short || words.name];
  if (words.availability) about.push(words.availability);
  else if (words.hours) about.push(words.hours);
  const label = [numberLink(resource)];
  if (resource.extension) label.push(", " + fillText(ui().extension, { extension: resource.extension }));
  return h("li", {}, fill(ui().labelled, { label: h("span", {}, label), text: about.join(", ") }));
}

function emergencyList() {
  return h("ul", { class: "calls" }, RULE.resources.filter((r) => r.kind === "emergency" && r.phone).map(callLine));
}

// A resource in full: its name, how to reach it, and for whom, as document.resource_item.
function resourceItem(resource) {
  const words = text().resources[resource.id];
  const reach = [];
  if (resource.phone) reach.push(numberLink(resource));
  if (resource.extension) reach.push((resource.phone ? ", " : "") + fillText(ui().extension, { extension: resource.extension }));
  // Written as a sentence by the institution: its full stop would stand before the dash.
  if (!reach.length) reach.push(words.how ? words.how.replace(/\.$/, "") : ui().noPhone);
  const details = [words.availability, words.hours, words.location, words.details];
  if (words.how && (resource.phone || resource.extension)) details.splice(3, 0, words.how);
  const more = details.filter(Boolean).map((d) => d.replace(/\.$/, "") + ".");
  if (more.length) reach.push(" – " + more.join(" "));
  return h(
    "li",
    {},
    h("strong", {}, words.name),
    h("br"),
    reach,
    h("br"),
    fillText(ui().resourceFor, { audience: words.audience }),
  );
}

const reachable = (resource) => Boolean(resource.phone);

// --- the question screen ---------------------------------------------------------------------

function questionScreen(step) {
  const spec = QUESTIONS[step];
  const chosen = state.values[step] ?? (spec.multi ? [] : spec.initial ?? null);
  const choices = spec.options().map((option, i) => {
    const id = `answer-${step}-${i}`;
    const checked = spec.multi ? chosen.includes(option) : chosen === option;
    return h(
      "li",
      {},
      h("input", { type: spec.multi ? "checkbox" : "radio", id, name: step, value: option, checked }),
      h("label", { for: id }, optionLabel(step, option)),
    );
  });
  const error = h("p", { class: "error", id: "answer-error", role: "alert" });
  const form = h(
    "form",
    { id: "question", novalidate: true, on: { submit: (event) => answer(event, step, form, error) } },
    h("p", { class: "step" }, fillText(ui().step, { n: state.path.length + 1 })),
    h(
      "fieldset",
      {},
      h("legend", {}, h("h2", { tabindex: "-1", class: "focus" }, ui()[spec.question])),
      spec.multi ? h("p", { class: "hint" }, ui().hintMulti) : null,
      h("ul", { class: "choices" }, choices),
      error,
    ),
    h(
      "p",
      { class: "buttons" },
      h("button", { type: "submit", class: "primary" }, ui().next),
      state.path.length ? h("button", { type: "button", on: { click: back } }, ui().back) : null,
      state.path.length ? h("button", { type: "button", on: { click: restart } }, ui().restart) : null,
    ),
  );
  return form;
}

// What the form says now, kept for a return to this question (and across a change of language).
function read(step, form) {
  const spec = QUESTIONS[step];
  const checked = [...form.querySelectorAll("input:checked")].map((input) => input.value);
  return spec.multi ? checked : (checked[0] ?? null);
}

function answer(event, step, form, error) {
  event.preventDefault();
  const value = read(step, form);
  if (value === null) {
    error.textContent = ui().choose;
    form.querySelector("input").focus();
    return;
  }
  state.values[step] = value;
  state.path.push(step);
  state.step = nextStep(step);
  show(true);
}

function back() {
  state.step = state.path.pop() || "redFlags";
  show(true);
}

function restart() {
  state.path = [];
  state.values = {};
  state.step = "redFlags";
  show(true);
}

// --- the result ------------------------------------------------------------------------------

function reasonsLine(rec) {
  const words = text();
  if (rec.level === 0) return ui().whyNone;
  // Level 1 as the terminal says it (team_view.outreach_line): the situations that call for
  // outreach when there are any, counted and the first one named; else the event.
  if (rec.level === 1) {
    const situations = rec.reasons.filter((id) => id !== "event");
    if (!situations.length) return ui().whyEvent;
    const forms = ui().reasonsSituations;
    // One: after a colon; several: mid-sentence, after "including" / « dont » (as outreach_line).
    const labels = situations.length === 1 ? words.situationLabels : words.situationLabelsMid;
    return fillText(situations.length === 1 ? forms.one : forms.other, { count: situations.length, label: labels[situations[0]] });
  }
  const forms = rec.level === 3 ? ui().reasonsRedFlags : ui().reasonsSigns;
  const labels = rec.reasons.map((id) => words.labels[id]).join(ui().separator);
  return fillText(rec.reasons.length === 1 ? forms.one : forms.other, { labels });
}

// The actions the decision lists, as document.decision_actions: below level 3 the first few; at
// level 3 every action that is for a red flag alone, none cut.
function decisionIds(rec) {
  if (rec.level < 3) return rec.actions.slice(0, RULE.decisionActions);
  const only3 = RULE.actions.filter((a) => a.levels.length === 1 && a.levels[0] === 3).map((a) => a.id);
  return rec.actions.filter((id) => only3.includes(id));
}

// Whom to call now, as document.call_now: at level 3 every emergency number (15, 112, 114,
// 3114), occupational health and the psychologist when they have a number; otherwise the contacts that have a
// number, in the order to offer them, then the emergency numbers.
function callsList(rec) {
  const listed = rec.resources.map(ruleResource);
  if (rec.level === 3) {
    const needed = rec.emergency.map(ruleResource);
    // Occupational health and the psychologist the actions send them to, when set (L28).
    const occupational = [RULE.occupationalMedicine, RULE.psychologist]
      .map((id) => RULE.resources.find((r) => r.id === id && r.kind === "internal"))
      .filter((r) => r && reachable(r));
    // The institution's round-the-clock routes, each with its hours; with none set, what to do at
    // night (true at any hour: the page has no clock to choose by), as document.level3_routes.
    const routes = RULE.resources.filter((r) => r.kind === "on-call" && reachable(r));
    return h(
      "ul",
      { class: "calls" },
      [...needed, ...occupational, ...routes].filter(reachable).map(callLine),
      routes.length ? null : h("li", {}, ui().outOfHours),
    );
  }
  return h(
    "ul",
    { class: "calls" },
    reachableLines(listed),
    rec.externalFirst ? null : unsetNote(listed),
    rec.emergency.map(ruleResource).filter(reachable).map(callLine),
  );
}

// The contacts that can be called, as document.reachable_lines: those for some professions only
// share one line when there are several (the role is not known).
function reachableLines(listed) {
  const ready = listed.filter(reachable);
  const restricted = ready.filter((r) => r.roles);
  if (restricted.length < 2) return ready.map(callLine);
  const words = text().resources;
  const shared = restricted.map((r, i) => [
    i ? " · " : "",
    fill(ui().labelled, { label: h("span", {}, [numberLink(r)]), text: words[r.id].short || words[r.id].name }),
  ]);
  return ready
    .filter((r) => !r.roles || r === restricted[0])
    .map((r) => (r === restricted[0] ? h("li", {}, shared) : callLine(r)));
}

// The internal contacts not set yet, as document.unset_note_line: none, all, or the ones by name.
function unsetNote(listed) {
  const words = text().resources;
  const internal = listed.filter((r) => r.kind === "internal");
  const unset = internal.filter((r) => !reachable(r) && !words[r.id].how);
  if (!unset.length) return null;
  if (unset.length === internal.length) return h("li", {}, ui().unsetShort);
  const names = unset.map((r) => words[r.id].short || words[r.id].name).join(ui().separator);
  const line = fillText(unset.length === 1 ? ui().unsetSome.one : ui().unsetSome.other, { names });
  if (line.length <= ui().unsetNoteWidth) return h("li", {}, line);
  const count = String(unset.length);
  return h("li", {}, fillText(unset.length === 1 ? ui().unsetCount.one : ui().unsetCount.other, { count }));
}

// What the decision leaves out, as document.guidance_document.
function moreDetails(rec) {
  const words = text();
  const listed = rec.resources.map(ruleResource);
  const ready = listed.filter((r) => reachable(r) || words.resources[r.id].how);
  const unset = listed.filter((r) => !ready.includes(r));
  const shown = decisionIds(rec);
  const more = rec.actions.filter((id) => !shown.includes(id));
  const informal = words.keyInformal && words.keyInformal !== words.keyMessage;
  const safetyInformal = words.safetyInformal && words.safetyInformal !== words.safetyWords;
  const attentiveInformal = words.attentiveInformal && words.attentiveInformal !== words.attentiveWords;
  return h(
    "details",
    {},
    h("summary", {}, ui().more),
    h("p", {}, words.levels[rec.level].summary),
    more.length ? h("ul", { class: "check" }, more.map((id) => h("li", {}, words.actions[id]))) : null,
    rec.level === 3 && safetyInformal ? [h("p", {}, ui().informal), quote(words.safetyInformal)] : null,
    // At level 3 the key message comes once they are safe, never first.
    rec.level === 3 ? [h("p", {}, ui().keyAfterSafety), quote(words.keyMessage)] : null,
    rec.level > 0 && informal ? [h("p", {}, ui().informal), quote(words.keyInformal)] : null,
    rec.level === 0 && attentiveInformal ? [h("p", {}, ui().informal), quote(words.attentiveInformal)] : null,
    h("h3", {}, ui().avoid),
    h("ul", {}, words.attitudes.map((a) => h("li", {}, a.avoid))),
    rec.level === 0 ? [h("h3", {}, ui().watch), h("ul", {}, RULE.signs.map((id) => h("li", {}, words.labels[id])))] : null,
    h("h3", {}, ui().contacts),
    h(
      "p",
      { class: "note" },
      rec.externalFirst ? ui().externalFirst : ui().internalFirst,
      // Level 3 with internal support declined: occupational medicine is alerted all the same.
      rec.externalFirst && rec.level === 3 ? " " + ui().externalFirstLevel3 : null,
    ),
    h(
      "ul",
      { class: "resources" },
      ready.map(resourceItem),
      unset.length
        ? h("li", {}, fillText(ui().unset, { names: unset.map((r) => words.resources[r.id].name).join(ui().separator) }))
        : null,
    ),
    rec.peers.length ? peerOffer(rec.peers) : null,
    rec.followup.length ? [h("h3", {}, ui().followup), followupList(rec.followup)] : null,
    h("h3", {}, ui().emergency),
    emergencyList(),
    h("p", { class: "note" }, words.disclaimer),
  );
}

// The institution's peer supporters, as document.peer_blocks: how to propose one, consent first.
function peerOffer(ids) {
  const offer = text().peerOffer;
  return [
    h("h3", {}, ui().peers),
    h("p", {}, offer.intro),
    quote(offer.words),
    // The « tu » form too (review L10), as for the key message: only where it differs.
    offer.wordsInformal !== offer.words ? [h("p", {}, ui().informal), quote(offer.wordsInformal)] : null,
    h("p", {}, offer.consent),
    h("ul", { class: "resources" }, ids.map(ruleResource).map(resourceItem)),
  ];
}

function followupList(ids) {
  const steps = text().followup;
  return h("ul", {}, ids.map((id) => h("li", {}, fillText(ui().labelled, { label: steps[id].when, text: steps[id].what }))));
}

function resultScreen() {
  const rec = recommend(RULE, answers());
  const words = text();
  const level = words.levels[rec.level];
  const banner = fillText(ui().banner, { level: rec.level, name: level.name });
  // Announced once, by the focus on its heading (show), the reasons read as its description:
  // no live region besides, which made screen readers say it twice.
  return h(
    "div",
    { id: "result", "data-level": rec.level },
    h("h2", { tabindex: "-1", class: `focus banner level-${rec.level}`, "aria-describedby": "result-reasons" }, banner),
    h("p", { class: "reasons", id: "result-reasons" }, reasonsLine(rec)),
    h("h3", {}, ui().now),
    h("ol", { class: "now" }, decisionIds(rec).map((id) => h("li", {}, words.actions[id]))),
    h("h3", {}, rec.level === 3 ? ui().callNow : ui().call),
    callsList(rec),
    h("h3", {}, rec.level > 0 ? ui().keyMessage : ui().attentiveWords),
    quote(rec.level === 3 ? words.safetyWords : rec.level > 0 ? words.keyMessage : words.attentiveWords),
    // The sheet for the colleague, in this page (render_page.sheets_html).
    h("p", { class: "skip" }, h("a", { href: `#handout-${state.lang}` }, ui().toHandout)),
    moreDetails(rec),
    // The manager is supported too: the line that ends every result.
    h("p", { class: "note manager" }, words.managerLine),
    h(
      "p",
      { class: "buttons" },
      h("button", { type: "button", on: { click: back } }, ui().back),
      h("button", { type: "button", on: { click: restart } }, ui().restart),
      h("button", { type: "button", on: { click: () => window.print() } }, ui().print),
    ),
  );
}

// --- practise before the day (issue 25) --------------------------------------------------------
// A section of its own, with its own state: a scenario, the replies chosen (1-based), and whether
// the feedback of the last one is on screen. The same scenarios and feedback as
// `secondvictim practice`. No score, nothing stored.

const practice = { id: null, numbers: [], feedback: false };

const practiceText = () => text().practice;

function practiceScenario() {
  return practiceText().scenarios.find((s) => s.id === practice.id) || null;
}

// The path the replies take: the turns, and the ending or the step still to answer.
function practicePlay(scenario) {
  const turns = [];
  let at = scenario.first;
  for (const number of practice.numbers) {
    const step = scenario.steps[at];
    const reply = step.replies[number - 1];
    turns.push({ step, reply });
    at = reply.next;
  }
  const ending = scenario.endings[at] || null;
  return { turns, ending, waiting: ending ? null : scenario.steps[at] };
}

function practiceButton(label, onClick, primary) {
  return h("button", { type: "button", class: primary ? "primary" : null, on: { click: onClick } }, label);
}

function practiceGo(change) {
  change();
  const screen = document.getElementById("practice-screen");
  screen.replaceChildren(...practiceScreen().flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  const heading = screen.querySelector(".focus");
  if (heading) heading.focus();
}

function practiceList() {
  const words = practiceText();
  return [
    h("p", {}, words.ui.intro),
    h(
      "ul",
      { class: "choices" },
      words.scenarios.map((s) =>
        h("li", {}, practiceButton(s.title, () => practiceGo(() => Object.assign(practice, { id: s.id, numbers: [], feedback: false })))),
      ),
    ),
  ];
}

// The level-3 actions named by a reply or an ending, in the guide's words.
function practiceActions(ids) {
  const u = practiceText().ui;
  return ids.length ? [h("h4", {}, u.actions), h("ul", { class: "check" }, ids.map((id) => h("li", {}, text().actions[id])))] : null;
}

function practiceFeedback(turn) {
  const words = practiceText();
  const u = words.ui;
  const reply = turn.reply;
  const attitude = reply.avoid ? words.attitudes[reply.avoid] : null;
  const matched = { "key-message": [u.matchesKey, text().keyMessage], "safety-words": [u.matchesSafety, text().safetyWords] }[reply.matches];
  return [
    h("h3", { tabindex: "-1", class: "focus" }, u.youSaid),
    quote(reply.text),
    h("h4", {}, reply.helps ? u.helps : u.hurts),
    h("p", {}, reply.feedback),
    attitude ? [h("p", {}, attitude.avoid), h("p", {}, attitude.instead)] : null,
    matched ? [h("h4", {}, matched[0]), quote(matched[1])] : null,
    practiceActions(reply.actions),
  ];
}

function practiceEnd(played) {
  const u = practiceText().ui;
  const well = played.turns.filter((turn) => turn.reply.helps).map((turn) => turn.reply.text);
  const attitudes = practiceText().attitudes;
  const again = played.turns
    .filter((turn) => !turn.reply.helps)
    .map((turn) => (turn.reply.avoid ? [attitudes[turn.reply.avoid].avoid, h("br"), attitudes[turn.reply.avoid].instead] : turn.reply.text));
  return [
    h("h3", { tabindex: "-1", class: "focus" }, u.end),
    h("p", {}, played.ending.text),
    practiceActions(played.ending.actions),
    h("h3", {}, u.review),
    h("h4", {}, u.well),
    well.length ? h("ul", {}, well.map((w) => h("li", {}, w))) : h("p", {}, u.wellNone),
    again.length ? [h("h4", {}, u.again), h("ul", {}, again.map((a) => h("li", {}, a)))] : null,
    h("h4", {}, u.keep),
    h("p", {}, played.ending.keep),
    h("p", {}, u.onTheDay),
  ];
}

// One screen at a time: the list, a step and its replies, the feedback of a reply, or the end.
function practiceScreen() {
  const scenario = practiceScenario();
  if (!scenario) return practiceList();
  const u = practiceText().ui;
  const played = practicePlay(scenario);
  const another = practiceButton(u.other, () => practiceGo(() => Object.assign(practice, { id: null, numbers: [], feedback: false })));
  if (practice.feedback) {
    return [
      ...practiceFeedback(played.turns[played.turns.length - 1]),
      h("p", { class: "buttons" }, practiceButton(u.goOn, () => practiceGo(() => (practice.feedback = false)), true), another),
    ];
  }
  if (!played.waiting) return [...practiceEnd(played), h("p", { class: "buttons" }, another)];
  const choose = (i) => () => practiceGo(() => { practice.numbers.push(i + 1); practice.feedback = true; });
  return [
    h("h3", { tabindex: "-1", class: "focus" }, scenario.title),
    practice.numbers.length ? null : h("p", {}, scenario.setting),
    h("blockquote", {}, played.waiting.says),
    h("h4", {}, u.question),
    h("ol", { class: "choices" }, played.waiting.replies.map((reply, i) => h("li", {}, practiceButton(reply.text, choose(i))))),
    h("p", { class: "buttons" }, another),
  ];
}

function practiceSection() {
  return h(
    "section",
    { id: "practice", "aria-labelledby": "practice-title" },
    h("h2", { id: "practice-title" }, practiceText().ui.title),
    h("div", { id: "practice-screen" }, ...practiceScreen()),
  );
}

// --- the whole page --------------------------------------------------------------------------

function other(lang) {
  return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length];
}

function switchLanguage() {
  const form = document.getElementById("question");
  if (form) state.values[state.step] = read(state.step, form);
  state.lang = other(state.lang);
  render();
  document.getElementById("switch").focus();
}

// The page's own view in the language chosen, on opening and on a change of language. The views
// are in the file, complete without scripts (render_page.static_view); the script shows one and
// adds what needs it: the switch of language, the questions, the practice. The parts it added to
// the other view are taken away first (marked data-script).
function render() {
  const u = ui();
  document.documentElement.lang = state.lang;
  document.title = u.title;
  app.classList.add("scripted");
  for (const node of app.querySelectorAll("[data-script]")) node.remove();
  for (const view of app.querySelectorAll(".view")) {
    view.hidden = view.lang !== state.lang;
    view.querySelector("main").hidden = view.hidden;
  }
  const view = document.getElementById(`view-${state.lang}`);
  const added = { "data-script": true };
  view.querySelector("header").prepend(
    h("p", { ...added, class: "switch" }, h("button", { type: "button", id: "switch", lang: other(state.lang), on: { click: switchLanguage } }, u.otherLang)),
  );
  view.querySelector("header").append(
    h("p", added, u.intro),
    h("p", { ...added, class: "skip" }, h("a", { href: `#guide-${state.lang}` }, u.toGuide)),
  );
  view.querySelector("main").prepend(h("section", { ...added, id: "triage", "aria-label": u.title }));
  // The table of contents (the guide, the sheet for the colleague, the protocol) after the questions.
  document.getElementById("triage").after(view.querySelector(".toc"));
  view.querySelector(".guide h2").after(h("p", { ...added, class: "skip" }, h("a", { href: "#triage" }, u.toTriage)));
  const practiceNode = practiceSection();
  practiceNode.setAttribute("data-script", "");
  view.querySelector("main").append(practiceNode);
  show(false);
}

// The current question or the result; the focus goes to its heading when it replaces another.
function show(moveFocus) {
  document.getElementById("triage").replaceChildren(state.step === "result" ? resultScreen() : questionScreen(state.step));
  if (moveFocus) app.querySelector("#triage .focus").focus();
}

function start() {
  const wanted = (navigator.languages && navigator.languages[0]) || navigator.language || "";
  const prefix = wanted.slice(0, 2).toLowerCase();
  state.lang = LANGS.includes(prefix) ? prefix : app.dataset.defaultLang;
  render();
  // Printing shows everything, the parts folded away included.
  window.addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
}

start();
