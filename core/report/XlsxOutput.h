// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>

#include <memory>

#include <xlsxwriter.h>

class QTemporaryDir;

namespace servicelens::report {

// The cell formats every exported workbook uses.
struct Formats {
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *decimal = nullptr;
    lxw_format *count = nullptr;
    lxw_format *datetime = nullptr;
    lxw_format *date = nullptr;
    lxw_format *wrap = nullptr; // long text wrapped in its cell, at its top
};

// A workbook written with libxlsxwriter in a private folder — its sheets may name customers,
// and a kill must leave nothing of them beside the target — and copied whole onto the target
// when closed: whole or not at all. One not closed is thrown away with its folder.
class XlsxOutput final {
    Q_DECLARE_TR_FUNCTIONS(XlsxOutput)

public:
    static Result<std::unique_ptr<XlsxOutput>> open(const QString &path);
    ~XlsxOutput();
    XlsxOutput(const XlsxOutput &) = delete;
    XlsxOutput &operator=(const XlsxOutput &) = delete;

    lxw_workbook *workbook() const { return m_workbook; }
    const Formats &formats() const { return m_formats; }
    // Writes the workbook and copies it onto the target.
    Status close();

private:
    XlsxOutput() = default;

    QString m_target;
    QString m_temporary;
    std::unique_ptr<QTemporaryDir> m_folder;
    QByteArray m_scratch; // libxlsxwriter keeps the pointer
    lxw_workbook *m_workbook = nullptr;
    Formats m_formats;
};

} // namespace servicelens::report
