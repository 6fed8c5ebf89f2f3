// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KpiSection.h"

#include <QByteArray>

#include <optional>

namespace servicelens::kpi {

// A branch's month tally as a few kilobytes of text, for the month tallies a head office keeps
// (MonthTallies). Counts are variable-length integers; the lists of values are multisets (each
// is only averaged over as integers, or has its median or 90th percentile taken), written
// sorted as differences: working days as integers, stage dwell hours as the whole seconds they
// were measured in. decode(encode(t)) gives figures equal to t's to the last digit.
class TallyCodec final {
public:
    static QByteArray encode(const BranchTally &tally);
    // nullopt for anything encode() did not write (another version of the codec included).
    static std::optional<BranchTally> decode(const QByteArray &text);
};

} // namespace servicelens::kpi
