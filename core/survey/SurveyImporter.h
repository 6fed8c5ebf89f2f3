// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/RowImporter.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::survey {

// Survey responses from CSV (FORMATS.md `import surveys`) through the import pipeline: each
// row a response, linked to its order by order_id, one column per question code of the survey;
// values outside a question's scale are row errors naming line and column. A response_id seen
// before updates that response (audited) or changes nothing.
class SurveyImporter final {
    Q_DECLARE_TR_FUNCTIONS(SurveyImporter)

public:
    // The fixed columns plus the default survey's question codes (for mapping in the GUI).
    static const io::ImportShape &shape();
    // In a frame of the chosen questionnaire's own columns (its question codes).
    static Result<io::ImportSummary> run(Database &db, const QString &path,
                                         const io::ImportOptions &options,
                                         const io::ImportProgress &progress = {});
};

} // namespace servicelens::survey
