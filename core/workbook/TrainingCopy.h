// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>

#include <functional>

namespace servicelens {

// A copy of a workbook for trainers, who must not see customers: every customer's name and
// phone number replaced by a pseudonym derived from the customer's uid (stable, so the same
// customer is the same pseudonym everywhere in the copy and in every copy made from the
// workbook, and per-customer analysis still works), the customer's name and phone-like digit
// runs taken out of free text (order descriptions, notes, survey answers), and the audit
// trail's customer records rewritten and re-chained, with a record saying the copy was made.
// The copy is compacted (VACUUM INTO), so no page of it still holds the replaced text, and it
// appears whole or not at all. The source is only read.
class TrainingCopy final {
    Q_DECLARE_TR_FUNCTIONS(TrainingCopy)

public:
    // (steps done, steps); returning false cancels.
    using Progress = std::function<bool(qint64, qint64)>;
    // `warnings` receives what could not be scrubbed without breaking the copy: identifiers
    // (order ids, staff codes) that look like phone numbers.
    static Status write(const QString &source, const QString &target, const Progress &progress = {},
                        QStringList *warnings = nullptr);

    // The pseudonyms of a customer uid: 客户-7F3K9Q and 0000-7F3K9Q1M.
    static QString pseudonymName(const QString &uid);
    static QString pseudonymPhone(const QString &uid);
};

} // namespace servicelens
