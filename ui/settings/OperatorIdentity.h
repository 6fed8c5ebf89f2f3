// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// Who is using ServiceLens on this computer: a name chosen on first start (from the staff list
// or typed) and changed in Preferences, kept in the user's settings and recorded in every audit
// record, by the window and by the command line alike. Until one is chosen the records name
// the operating system's user.
class OperatorIdentity final {
    Q_DECLARE_TR_FUNCTIONS(OperatorIdentity)

public:
    // The stored name, handed to Database for every workbook opened from now on.
    static void apply();
    // Stores and applies the name; an open workbook (when given) records it from now on.
    static void choose(const QString &name, Database *open = nullptr);
    static QString chosen();
    // Whether the first start's question was answered (or declined) already.
    static bool wasAsked();
    static void markAsked();
    // The names to offer: the active staff of the open workbook, "name (code)" for display.
    struct Candidate {
        QString display;
        QString name;
    };
    static std::vector<Candidate> candidates(Database &db);
};

} // namespace servicelens::ui
