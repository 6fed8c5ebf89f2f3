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
    // The schema version this build writes.
    static int latestVersion();
};

} // namespace servicelens
