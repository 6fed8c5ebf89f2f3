// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbook/Importers.h"

class QWidget;

namespace servicelens::ui {

// Runs an import (or its dry run) on a worker thread with a progress dialog and Cancel. The
// worker opens the workbook file itself and closes it when done: the caller must have let go of
// its own connection first, so that one connection writes at a time (PERF-NOTES.md).
class ImportTask final {
public:
    static Result<io::ImportSummary> run(QWidget *parent, const QString &workbookPath,
                                         ImportKind kind, const QString &csvPath,
                                         const io::ImportOptions &options);
};

} // namespace servicelens::ui
