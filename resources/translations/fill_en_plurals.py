#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the English plural forms into servicelens_en.ts: "%n order(s)" becomes
"%n order" / "%n orders". English needs a catalogue only for these."""
import re
import sys
import xml.etree.ElementTree as ET

# Sources whose singular is more than dropping "(s)": the singular form, by source.
IRREGULAR = {
    "%n people named in the file are not in the staff list.":
        "%n person named in the file is not in the staff list.",
    "%n people named in the file are not in the staff list; Import asks before adding them.":
        "%n person named in the file is not in the staff list; Import asks before adding them.",
    "%n people named in the file are not in the staff list; add them (import staff), or run "
    "again with --create-staff:":
        "%n person named in the file is not in the staff list; add them (import staff), or run "
        "again with --create-staff:",
    " … %n rows in all": " … %n row in all",
    "%n people added to the staff list.": "%n person added to the staff list.",
    "%n row(s) of “%1” have problems; nothing was imported.":
        "%n row of “%1” has problems; nothing was imported.",
    "%n scored item(s) have no answer; they will not count in the score.":
        "%n scored item has no answer; it will not count in the score.",
    "%n row(s) were changed both here and at their branch. Nothing was overwritten: for each, "
    "keep head office's version or take the branch's.":
        "%n row was changed both here and at its branch. Nothing was overwritten: keep head "
        "office's version or take the branch's.",
    "%1 · showing the first %n row(s) as they will be read.":
        "%1 · showing the first row as it will be read.",
    "The calibration of %1 failed: %n order(s) were diagnosed with %2 since its last good "
    "calibration (%3 still open). Check their diagnoses and call the customers whose repair may "
    "be wrong. <a href='orders'>Show them</a>":
        "The calibration of %1 failed: %n order was diagnosed with %2 since its last good "
        "calibration (%3 still open). Check its diagnosis and call the customer if the repair may "
        "be wrong. <a href='orders'>Show it</a>",
}

path = sys.argv[1] if len(sys.argv) > 1 else 'resources/translations/servicelens_en.ts'
tree = ET.parse(path)
for message in tree.getroot().iter('message'):
    if message.get('numerus') != 'yes':
        continue
    source = message.find('source').text
    translation = message.find('translation')
    for child in list(translation):
        translation.remove(child)
    forms = (re.sub(r'\(s\)', '', source), re.sub(r'\(s\)', 's', source))
    if source in IRREGULAR:
        forms = (IRREGULAR[source], re.sub(r'\(s\)', 's', source))
    for form in forms:
        ET.SubElement(translation, 'numerusform').text = form
    translation.attrib.pop('type', None)
tree.write(path, encoding='utf-8', xml_declaration=True)
