// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Migration.h"

#include <vector>

namespace servicelens {

// The workbook's schema: every migration from an empty file to the format this build writes.
// It lives here, above every domain, because some steps install domain content (the shipped
// inspection template and survey) or seal domain rows; storage applies whatever list it is
// given.
class WorkbookSchema final {
public:
    // Append only. Never edit a step that has shipped: write a new one.
    static const std::vector<Migration> &migrations();
    // A head-office store on PostgreSQL: its first step builds the workbook's schema at that
    // format in PostgreSQL's words, with the shipped template and survey; each later step
    // follows the workbook's step of the same number. Ends at latestVersion() (a test).
    static const std::vector<Migration> &postgresMigrations();
    // The schema version this build writes.
    static int latestVersion();
};

} // namespace servicelens
