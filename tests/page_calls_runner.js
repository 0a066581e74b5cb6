// Runs the page's "whom to call" list (callsList in src/secondvictim/page/ui.js) on recommendations
// read from stdin ({"data": page data, "lang": "en", "recs": [...]}) and writes, for each, the text
// of each line of the list, as JSON. The page's script runs against a minimal document: elements
// that keep their children, nothing drawn; its start() is not called.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

class Element {
  constructor(tag) {
    this.tag = tag;
    this.children = [];
    this.attributes = {};
  }
  append(...nodes) {
    this.children.push(...nodes);
  }
  setAttribute(name, value) {
    this.attributes[name] = value;
  }
  addEventListener() {}
  get textContent() {
    return this.children.map((c) => (c instanceof Element ? c.textContent : String(c))).join("");
  }
}

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const source = fs.readFileSync(path.join(__dirname, "..", "src", "secondvictim", "page", "ui.js"), "utf8");
const document = {
  createElement: (tag) => new Element(tag),
  getElementById: (id) => (id === "guide-data" ? { textContent: JSON.stringify(input.data) } : new Element("div")),
};
const context = vm.createContext({ document, window: {}, navigator: {} });
// Everything but the call that draws the page.
vm.runInContext(source.replace(/^start\(\);\s*$/m, ""), context);
context.input = input;
const lists = vm.runInContext(
  `state.lang = input.lang;
   input.recs.map((rec) => callsList(rec).children.filter((c) => c && c.tag === "li").map((li) => li.textContent))`,
  context,
);
process.stdout.write(JSON.stringify(lists));
