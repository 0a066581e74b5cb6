"use strict";
// The triage rule of triage.py, over the same data: answers in, recommendation out.
// No page, no DOM: the test suite runs it with node on every combination of answers and
// compares it with the Python rule.

// The action level and the answers that triggered it. The highest level triggered wins.
function levelOf(answers) {
  if (answers.redFlags.length) return [3, answers.redFlags.slice()];
  if (answers.signs.length) return [2, answers.signs.slice()];
  const situations = answers.situations || [];
  if (answers.event || situations.length) {
    return [1, (answers.event ? ["event"] : []).concat(situations)];
  }
  return [0, []];
}

// An unknown role sees every resource; the page shows whom each is for.
function serves(roles, role) {
  return roles === null || role === "unknown" || roles.includes(role);
}

function recommend(rule, answers) {
  const [level, reasons] = levelOf(answers);
  const given = new Set([...answers.redFlags, ...answers.signs, ...(answers.situations || [])]);
  if (answers.internal === "no") given.add(rule.internalDeclined);
  else if (answers.internal === "yes") given.add(rule.internalAccepted);
  const anyGiven = (ids) => ids.some((id) => given.has(id));
  const actions = rule.actions
    .filter((a) => a.levels.includes(level) && (!a.requires.length || anyGiven(a.requires)) && !anyGiven(a.unless))
    .map((a) => a.id);
  const ofKind = (kind) => rule.resources.filter((r) => r.kind === kind);
  const internal = ofKind("internal").map((r) => r.id);
  const external = ofKind("external").filter((r) => serves(r.roles, answers.role)).map((r) => r.id);
  const externalFirst = answers.internal === "no";
  // The institution's peer supporters, proposed after the manager's own contact at levels 1 and 2.
  const peers = level === 1 || level === 2 ? ofKind("peer").filter((r) => serves(r.roles, answers.role)).map((r) => r.id) : [];
  return {
    level,
    reasons,
    actions,
    resources: externalFirst ? external.concat(internal) : internal.concat(external),
    externalFirst,
    peers,
    emergency: ofKind("emergency").map((r) => r.id),
    followup: level > 0 ? rule.followup.slice() : [],
  };
}
