// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace servicelens::i18n {

namespace {
const QString settingKey = QStringLiteral("ui/language");
}

QString Language::displayName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return tr("System language");
}

QString Language::preferred()
{
    return QSettings().value(settingKey).toString();
}

void Language::setPreferred(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingKey);
    else
        settings.setValue(settingKey, code);
}

QString Language::effective()
{
    const QString chosen = preferred();
    if (available().contains(chosen))
        return chosen;
    // Any Chinese locale gets the Simplified Chinese interface rather than English.
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

void Language::install(QCoreApplication &app)
{
    const QString language = effective();
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN")
                                                                   : QStringLiteral("en_GB")));
    // English has a catalogue too: it holds the plural forms ("1 order", "2 orders").
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/servicelens_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    if (language == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace servicelens::i18n
