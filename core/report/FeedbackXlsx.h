// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DefectFeedback.h"

namespace servicelens::report {

// The R&D feedback report as a workbook: the signals (one row per model), the control charts'
// months, the Pareto of fault codes, the repairs with their descriptions, and the cases with
// their photos — real numbers, text always as text, frozen headers and filters. Whole or absent
// (XlsxOutput).
class FeedbackXlsx final {
public:
    static Status write(const DefectFeedback &feedback, const QString &path);
    // The pixel size of a JPEG or PNG from its header (none for anything else).
    static std::optional<std::pair<int, int>> imageSize(const QByteArray &bytes);
};

} // namespace servicelens::report
