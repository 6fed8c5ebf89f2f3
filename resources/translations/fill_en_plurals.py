#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the English plural forms into servicelens_en.ts: "%n order(s)" becomes
"%n order" / "%n orders". English needs a catalogue only for these."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else 'resources/translations/servicelens_en.ts'
tree = ET.parse(path)
for message in tree.getroot().iter('message'):
    if message.get('numerus') != 'yes':
        continue
    source = message.find('source').text
    translation = message.find('translation')
    for child in list(translation):
        translation.remove(child)
    for form in (re.sub(r'\(s\)', '', source), re.sub(r'\(s\)', 's', source)):
        ET.SubElement(translation, 'numerusform').text = form
    translation.attrib.pop('type', None)
tree.write(path, encoding='utf-8', xml_declaration=True)
