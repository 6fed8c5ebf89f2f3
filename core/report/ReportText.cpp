// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportText.h"

#include <QTranslator>

namespace servicelens::report {

ReportText::ReportText(const QString &language)
    : m_language(language)
    , m_translator(std::make_unique<QTranslator>())
{
    // English is the source text. A translation missing from the resources leaves the words in
    // English rather than failing the export; it cannot happen for a supported language.
    if (language != QLatin1String("en") &&
        !m_translator->load(QStringLiteral(":/i18n/servicelens_%1.qm").arg(language)))
        qWarning("servicelens: no report translation for %s", qPrintable(language));
}

ReportText::~ReportText() = default;

QString ReportText::operator()(const char *source) const
{
    return translate("Report", source);
}

QString ReportText::translate(const char *context, const char *source) const
{
    const QString translated = m_translator->translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

bool ReportText::isSupported(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("zh_CN");
}

} // namespace servicelens::report
