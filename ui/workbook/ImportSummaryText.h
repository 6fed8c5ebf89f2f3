// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportTypes.h"

#include <QCoreApplication>
#include <QString>

namespace servicelens::ui {

// What an import (or its check) did, in words for the import dialog: the counts, why nothing
// was written, where the rejected rows went, how many problems are listed, the people the file
// names, and the importer's notes and warnings.
class ImportSummaryText final {
    Q_DECLARE_TR_FUNCTIONS(ImportSummaryText)

public:
    static QString describe(const io::ImportSummary &summary, bool skipInvalid);
};

} // namespace servicelens::ui
