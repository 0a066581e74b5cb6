// Runs the page's triage rule (src/secondvictim/page/rule.js) on every combination of answers
// read from stdin ({"rule": ..., "combinations": [...]}) and writes the recommendations as JSON.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const source = fs.readFileSync(path.join(__dirname, "..", "src", "secondvictim", "page", "rule.js"), "utf8");
const context = vm.createContext({});
vm.runInContext(source, context);
const input = JSON.parse(fs.readFileSync(0, "utf8"));
context.input = input;
const results = vm.runInContext("input.combinations.map((answers) => recommend(input.rule, answers))", context);
process.stdout.write(JSON.stringify(results));
