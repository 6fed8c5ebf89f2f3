// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResponseRepository.h"
#include "Survey.h"
#include "common/LocalTime.h"
#include "flow/OrderRepository.h"
#include "io/RowImporter.h"
#include "io/TimestampParser.h"
#include "org/Branch.h"

#include <set>

namespace servicelens::survey {

// Survey responses from CSV (FORMATS.md `import surveys`) through the import pipeline: each
// row a response, linked to its order by order_id, one column per question code of the survey;
// values outside a question's scale are row errors naming line and column. A response_id seen
// before updates that response (audited) or changes nothing.
class SurveyImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(SurveyImporter)

public:
    // The fixed columns plus the default survey's question codes (for mapping in the GUI).
    static const io::ImportShape &shape();
    // In a frame of the chosen questionnaire's own columns (its question codes).
    static Result<io::ImportSummary> run(Database &db, const QString &path,
                                         const io::ImportOptions &options,
                                         const io::ImportProgress &progress = {});

    SurveyImporter(Database &db, Survey survey, Branch branch, QString fileName);
    ~SurveyImporter() override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;
    Status finish(const io::ImportSummary &summary) override;

private:
    Database &m_db;
    const Survey m_survey;
    const Branch m_branch;
    const LocalTime m_local;
    const io::TimestampParser m_times; // in the branch's zone
    const QString m_fileName;
    flow::OrderRepository m_orders;
    ResponseRepository m_responses;
    std::set<QString> m_seen; // response ids so far
    qint64 m_inserted = 0;
};

} // namespace servicelens::survey
