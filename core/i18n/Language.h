// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace servicelens::i18n {

// The interface language: English source strings, Simplified Chinese shipped. Chosen from the
// system locale unless the user picked one in Preferences (takes effect at the next start).
class Language final {
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }
    static QString displayName(const QString &code);

    // "" means "follow the system".
    static QString preferred();
    static void setPreferred(const QString &code);
    // The language in use: the preference, else the system's when shipped, else English.
    static QString effective();

    // Loads ServiceLens's and Qt's translations for the effective language and sets the
    // default locale to match, so dates and numbers follow the language.
    static void install(QCoreApplication &app);
};

} // namespace servicelens::i18n
