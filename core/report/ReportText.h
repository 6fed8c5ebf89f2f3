// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace servicelens::report {

// The report's words in the language the export asks for, whatever the interface speaks: a
// translator of its own, looked up directly and never installed, so a Chinese report can be
// written from an English window or a worker thread. The words are the "Report" context of the
// application's translation files (marked with QT_TRANSLATE_NOOP("Report", ...)), so lupdate
// keeps them with every other string.
class ReportText final {
public:
    explicit ReportText(const QString &language);
    ~ReportText();
    ReportText(const ReportText &) = delete;
    ReportText &operator=(const ReportText &) = delete;

    QString operator()(const char *source) const;
    // A word of another context (the KPI catalogue's names are in "Kpi").
    QString translate(const char *context, const char *source) const;
    const QString &language() const { return m_language; }
    bool chinese() const { return m_language.startsWith(QLatin1String("zh")); }
    // The languages a report can be written in.
    static bool isSupported(const QString &language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace servicelens::report
