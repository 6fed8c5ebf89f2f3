// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SurveyRepository.h"

namespace servicelens::survey {

// Which closed orders are surveyed, and when (per workbook).
struct SurveySettings {
    int samplingPercent = 100; // share of followed-up or closed orders invited
    int delayDays = 1;         // days after follow-up or closing before the call
    int maxAttempts = 3;       // unanswered calls before "no answer" is final
    QString surveyCode = SurveyRepository::defaultCode();
};

class SurveySettingsRepository final {
    Q_DECLARE_TR_FUNCTIONS(SurveySettingsRepository)

public:
    explicit SurveySettingsRepository(Database &db)
        : m_db(db)
    {}
    Result<SurveySettings> load() const;
    Status save(const SurveySettings &settings);

private:
    Database &m_db;
};

} // namespace servicelens::survey
