// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveySettings.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

namespace servicelens::survey {

Result<SurveySettings> SurveySettingsRepository::load() const
{
    SurveySettings s;
    SqlQuery q(m_db, QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'survey.%'"));
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("survey.sampling_percent"))
            s.samplingPercent = std::clamp(value.toInt(), 0, 100);
        else if (key == QLatin1String("survey.delay_days"))
            s.delayDays = std::max(0, value.toInt());
        else if (key == QLatin1String("survey.max_attempts"))
            s.maxAttempts = std::max(1, value.toInt());
        else if (key == QLatin1String("survey.code") && !value.isEmpty())
            s.surveyCode = value;
    }
    return s;
}

Status SurveySettingsRepository::save(const SurveySettings &s)
{
    if (s.samplingPercent < 0 || s.samplingPercent > 100 || s.delayDays < 0 || s.maxAttempts < 1)
        return makeError(ErrorKind::InvalidInput,
                         tr("Sampling is 0 % to 100 %, the delay 0 days or more, and at least "
                            "one call is made."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, :value) ON "
                                    "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const std::pair<const char *, QString> values[] = {
        {"survey.sampling_percent", QString::number(s.samplingPercent)},
        {"survey.delay_days", QString::number(s.delayDays)},
        {"survey.max_attempts", QString::number(s.maxAttempts)},
        {"survey.code", s.surveyCode}};
    QJsonObject after;
    for (const auto &[key, value] : values) {
        q.bind(QStringLiteral(":key"), QString::fromLatin1(key))
            .bind(QStringLiteral(":value"), value);
        if (auto st = q.exec(); !st)
            return st;
        after.insert(QString::fromLatin1(key), value);
    }
    if (auto st = AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("survey_settings"),
                                        QStringLiteral("survey"), {}, after);
        !st)
        return st;
    return tx.commit();
}

} // namespace servicelens::survey
