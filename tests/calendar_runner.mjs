// Reads iCalendar files with ical.js (the parser of Thunderbird and Nextcloud) and prints, for
// each event, what a calendar would take from it: start, end, time zone, and its alarms.
// Usage: node calendar_runner.mjs ICALJS_DIR FILE...
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [dir, ...files] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(`${dir}/node_modules/ical.js/dist/ical.js`).href)).default;

const out = files.map((file) => {
  const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  return root.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    return {
      uid: event.uid,
      summary: event.summary,
      start: start.toString(),
      isDate: start.isDate,
      zone: start.zone ? start.zone.tzid : null,
      tzid: vevent.getFirstProperty("dtstart").getParameter("tzid") || null,
      minutes: event.duration.toSeconds() / 60,
      alarms: vevent.getAllSubcomponents("valarm").map((alarm) => {
        const trigger = alarm.getFirstProperty("trigger");
        const offset = trigger.getFirstValue();
        const rings = start.clone();
        rings.addDuration(offset);
        return {
          action: alarm.getFirstPropertyValue("action"),
          related: trigger.getParameter("related") || "START",
          seconds: offset.toSeconds(),
          rings: rings.toString(),
        };
      }),
    };
  });
});
process.stdout.write(JSON.stringify(out));
