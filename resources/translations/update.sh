#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the translation sources from the code (run after changing user-visible strings),
# then translate the new entries in servicelens_zh_CN.ts (Qt Linguist or by hand).
set -euo pipefail
cd "$(dirname "$0")/../.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations relative app core ui -ts resources/translations/servicelens_zh_CN.ts
"$lupdate" -no-obsolete -pluralonly -locations relative app core ui -ts resources/translations/servicelens_en.ts
python3 "$(dirname "$0")/fill_en_plurals.py" resources/translations/servicelens_en.ts
