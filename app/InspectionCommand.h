// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace servicelens::app {

// servicelens inspection import-template|export-template|import|export --db FILE (--in|--out) FILE
int runInspection(const QStringList &arguments);

} // namespace servicelens::app
