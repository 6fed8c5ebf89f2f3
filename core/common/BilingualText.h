// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace servicelens {

// A text in the two shipped languages; the Chinese one may be missing (then English shows).
// Reference data written by people (template questions, section titles) carries both.
struct BilingualText {
    QString en;
    QString zh;
    // The text for the interface language ("zh_CN" or anything else for English).
    QString in(const QString &language) const;
    bool operator==(const BilingualText &o) const { return en == o.en && zh == o.zh; }
};

} // namespace servicelens
